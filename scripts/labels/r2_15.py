"""Blind labels for realdocs2 15: Kế hoạch 144/KH-UBND Bắc Ninh 2025 (phát triển kinh tế số và xã hội số giai đoạn
2026-2030). Fourth annotator (labels7). Task sections: III (nền móng), IV (ngành, lĩnh vực), V (GIẢI PHÁP), VI (TỔ
CHỨC THỰC HIỆN), VII (CHẾ ĐỘ BÁO CÁO) and the PHỤ LỤC table of assigned indicators; see NOTES."""
from labelkit import T, D, write, auto_anchor, read_lines
from r2kit import strict_anchor
SRC = "15_kehoach-144-KH-UBND-BacNinh-2025.txt"
LINES = read_lines(SRC)
SHARED = []
def A(ln, stop=None):
    return strict_anchor(SRC, ln, stop)
def C(ln):
    """Anchor inside one table cell: from ln up to the next lone '|' line."""
    stop = ln
    while LINES[stop - 1].strip() != '|':
        stop += 1
    return strict_anchor(SRC, ln, stop)
def PC(path, ln):
    try:
        return C(ln)
    except ValueError:
        return CS(path, ln, 12)
def CS(path, ln, n=9):
    """A table row whose whole text repeats a MỤC TIÊU bullet (same wraps): no window is unique; take the row's
    first n tokens and list the path as shared (the checker takes the occurrence after the previous task)."""
    SHARED.append(path)
    toks = LINES[ln - 1].split()
    if len(toks) < 6:
        toks = toks + LINES[ln].split()
        a = ' '.join(LINES[ln].split()[:n])
        return a
    return ' '.join(toks[:n])
DBN = "Ủy ban nhân dân tỉnh Bắc Ninh"
BCT = "Bộ Chính trị"
CP = "Chính phủ"
doc = {
  "kind": "KeHoach", "number": "144/KH-UBND", "issuer": DBN,
  "place": "Bắc Ninh", "issuedOn": "2025-11-24",
  "title": "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030",
  "signer": {"name": "Mai Sơn", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "NghiQuyet", "number": "57-NQ/TW", "issuedOn": "2024-12-22", "issuer": BCT, "relation": "basis"},
    {"kind": "NghiQuyet", "number": "71/NQ-CP", "issuedOn": "2025-04-01", "issuer": CP, "relation": "basis"},
    {"kind": "NghiQuyet", "number": "68-NQ/TW", "issuedOn": "2025-05-04", "issuer": BCT, "relation": "basis"},
    {"kind": "NghiQuyet", "number": "138/NQ-CP", "issuedOn": "2025-05-16", "issuer": CP, "relation": "basis"},
    {"kind": "QuyetDinh", "number": "411/QĐ-TTg", "issuedOn": "2022-03-31", "issuer": "Thủ tướng Chính phủ", "relation": "basis"},
    {"kind": "KeHoach", "number": "17/KH-UBND", "issuedOn": "2025-08-11", "issuer": DBN, "relation": "basis"},
    {"kind": "KeHoach", "number": "07-KH/TU", "issuedOn": "2025-07-25", "issuer": "Ban thường vụ Tỉnh ủy", "relation": "mentions"},
    {"kind": "Other", "number": "133/TTr-SKHCN", "issuedOn": "2025-11-15", "issuer": "Sở Khoa học và Công nghệ", "relation": "mentions"},
  ],
  "recipients": [
    "VPCP, Bộ KH&CN (b/c)",
    "TT.TU, TT.HĐND tỉnh (b/c)",
    "Chủ tịch, các PCT UBND tỉnh",
    "UBMTTQ tỉnh",
    "Các sở, ban, ngành",
    "Cơ quan trung ương đóng trên địa bàn tỉnh",
    "Các tổ chức chính trị - xã hội tỉnh",
    "Báo và Phát thanh, Truyền hình tỉnh, các cơ quan báo chí đóng trên địa bàn tỉnh",
    "UBND các xã, phường",
    "Các cơ sở giáo dục đại học",
    "Các doanh nghiệp Nhà nước, doanh nghiệp công nghệ số",
    "VP UBND tỉnh: LĐVP, KGVXLinh",
    "Lưu: VT",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
ONG = lambda t: D("ongoing", t)
Y = lambda t, due=None: D("recurring", t, due, "year")
P30 = D("period", "ĐẾN NĂM 2030", "2030-12-31")
KHCN = ["Sở Khoa học và Công nghệ"]
STC = ["Sở Tài chính"]
CA = ["Công an tỉnh"]
SBN = ["Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"]
NHNN = ["Ngân hàng nhà nước khu vực XII"]
HQ = ["Chi cục Hải quan khu vực V"]
DN = ["Các doanh nghiệp công nghệ số"]
DH = ["Các cơ sở đào tạo đại học, sau đại học"]
YT = ["Sở Y tế"]
def N(path, ln, cat, dl=None, amb=None):
    """An item of III–V: no owner named (lead [], mode null)."""
    return T(path, A(ln), [], [], dl, cat, amb=amb)
tasks = [
  # I QUAN ĐIỂM, II MỤC TIÊU: not tasks. III: the group's lead-in paragraphs are not tasks; the "Trọng tâm:" items are.
  N("III.1.a", 174, BH), N("III.1.b", 179, K), N("III.1.c", 185, K), N("III.1.d", 190, BH), N("III.1.đ", 195, BH),
  N("III.1.e", 201, BH),
  N("III.2.a.1", 223, K), N("III.2.a.2", 227, K), N("III.2.a.3", 231, K), N("III.2.b.1", 237, K), N("III.2.b.2", 241, K),
  N("III.2.c", 246, K),
  N("III.3.a", 261, K), N("III.3.b", 270, K), N("III.3.c.1", 277, BH), N("III.3.c.2", 280, K),
  N("III.4.a", 298, BH), N("III.4.b", 302, BH), N("III.4.c", 306, TM), N("III.4.d", 310, K), N("III.4.đ", 315, K),
  N("III.5.a", 333, K), N("III.5.b", 336, K),
  N("III.6.a", 355, K), N("III.6.b", 359, K), N("III.6.c", 363, K), N("III.6.d", 368, K), N("III.6.đ", 372, K),
  N("III.6.e", 375, KT, ONG("Thường xuyên")),
  N("III.7.a", 395, BM), N("III.7.b", 400, BM), N("III.7.c", 404, K, Y("thường niên"), True),
  N("III.8.a", 422, BM), N("III.8.b", 430, TT), N("III.8.c.1", 439, K), N("III.8.c.2", 443, TT),
  N("III.9.a", 462, K), N("III.9.b", 466, K), N("III.9.c", 470, K),
  N("III.10.a.1", 488, K), N("III.10.a.2", 491, K), N("III.10.a.3", 494, K), N("III.10.b.1", 503, K), N("III.10.b.2", 507, K),
  # IV PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC (owners only by cross-reference in VI.3–VI.8, VI.17: not used)
  N("IV.1.1.a", 531, K), N("IV.1.1.b.1", 539, K), N("IV.1.1.b.2", 542, K),
  T("IV.1.1.c.1", "- Nền tảng số quản trị trang trại,", [], [], None, K), N("IV.1.1.c.2", 550, K), N("IV.1.1.c.3", 553, K), N("IV.1.1.d", 556, TT), N("IV.1.1.đ", 560, BM),
  N("IV.1.2.a", 577, K), N("IV.1.2.b", 582, K), N("IV.1.2.c", 586, K), N("IV.1.2.d", 590, K), N("IV.1.2.g", 594, BM),
  N("IV.2.1.a", 610, K), N("IV.2.1.b", 614, K), N("IV.2.1.c", 619, K), N("IV.2.1.d", 623, K), N("IV.2.1.đ", 627, BM),
  N("IV.2.2.a", 640, K), N("IV.2.2.b", 645, K), N("IV.2.2.c", 651, K), N("IV.2.2.d", 655, K), N("IV.2.2.đ", 660, TM),
  N("IV.3.1.a", 677, K), N("IV.3.1.b", 683, BM), N("IV.3.1.c", 688, K), N("IV.3.1.d", 693, K), N("IV.3.1.đ", 698, K),
  N("IV.3.1.e", 702, K), N("IV.3.1.g", 707, BM), N("IV.3.1.h", 712, K), N("IV.3.1.i", 716, K), N("IV.3.1.k", 720, K),
  N("IV.3.2.a", 735, K), N("IV.3.2.b", 740, K), N("IV.3.2.c", 743, BM),
  N("IV.3.3.a", 758, K), N("IV.3.3.b", 763, K), N("IV.3.3.c", 768, K),
  N("IV.3.4.a.1", 786, K), N("IV.3.4.a.2", 789, TM), N("IV.3.4.b", 793, K),
  N("IV.4.1.a", 810, K), N("IV.4.1.b", 816, K), N("IV.4.1.c", 821, K), N("IV.4.1.d", 825, K), N("IV.4.1.đ", 830, K),
  N("IV.4.1.e", 835, BM),
  N("IV.4.2", 848, K),
  N("IV.4.3.a", 860, K), N("IV.4.3.b", 865, K), N("IV.4.3.c", 869, K), N("IV.4.3.d", 873, K),
  N("IV.5.a", 887, K), N("IV.5.b", 891, K), N("IV.5.c", 897, K, ONG("duy trì thường xuyên"), True), N("IV.5.d", 901, K),
  N("IV.5.đ", 905, K), N("IV.5.e", 909, BM),
  T("IV.6", A(917), ["Các ngành, lĩnh vực khác"], [], None, BH),
  # V GIẢI PHÁP: lettered items are tasks (label 14's GIẢI PHÁP); lead-in paragraphs of 3, 4, 5, 7 are not.
  N("V.1.a", 927, BM), N("V.1.b", 933, BM),
  N("V.2.a", 939, K), N("V.2.b", 943, K), N("V.2.c", 947, BM),
  N("V.3.a", 958, K), N("V.3.b", 963, K),
  N("V.4.a", 975, K), N("V.4.b", 979, BM), N("V.4.c", 984, K), N("V.4.d", 990, K),
  N("V.5.a", 1002, TT), N("V.5.b", 1007, TT), N("V.5.c", 1012, PT), N("V.5.d", 1017, TT), N("V.5.đ", 1022, K),
  T("V.6.a", A(1035), ["Các sở, ngành, địa phương"], [], None, K),
  N("V.6.b", 1039, K),
  T("V.6.c", A(1045), ["Doanh nghiệp, tổ chức, cơ sở giáo dục tự chủ tài chính"], [], None, K),
  N("V.6.d", 1050, K), N("V.6.đ", 1055, K),
  N("V.7.a", 1067, K), N("V.7.b", 1072, K), N("V.7.c", 1077, K), N("V.7.d", 1081, K),
  N("V.8", 1089, KTh),
  # VI TỔ CHỨC THỰC HIỆN
  T("VI.1.a", A(1104), KHCN, [], None, TM),
  T("VI.1.b", A(1109), KHCN, [], None, K),
  T("VI.1.c", A(1115), KHCN, [], Y("hằng năm"), KT),
  T("VI.1.d", A(1120), KHCN, [], None, K),
  T("VI.1.đ", A(1125), KHCN, [], None, TM),
  T("VI.2.a", A(1133), STC, [], None, TM),
  T("VI.2.b", "giao chủ trì tại Phụ lục của Kế hoạch.", STC, [], None, K),
  T("VI.2.c", A(1141), STC, [], Y("hằng năm"), TM, amb=True),
  T("VI.3", A(1148), ["Sở Nông nghiệp và Môi trường"], [], None, K),
  T("VI.4", A(1154), ["Sở Văn hoá, Thể thao và Du lịch"], [], None, K),
  T("VI.5", A(1160), ["Sở Công Thương"], [], None, K),
  T("VI.6", A(1170), ["Sở Giáo dục và Đào tạo"], [], None, K),
  T("VI.7", A(1176), ["Sở Nội vụ"], [], None, KTh),
  T("VI.8", A(1186), YT, [], None, K),
  T("VI.9", A(1192), ["Sở Xây dựng"], [], None, K),
  T("VI.10.a", A(1198), CA, [], None, TM),
  T("VI.10.b", A(1202), CA, ["các đơn vị"], None, K),
  T("VI.11.a", A(1209), SBN, KHCN, None, K),
  T("VI.11.b", A(1215), SBN, [], None, K),
  T("VI.11.c", A(1219), SBN, [], None, TM),
  T("VI.11.d", A(1223), SBN, ["Sở Khoa học và Công nghệ", "các đơn vị liên quan"], None, BH),
  T("VI.12", A(1233), NHNN, [], None, K),
  T("VI.13", A(1243), ["Báo và Phát thanh, Truyền hình tỉnh", "các cơ quan báo chí đóng trên địa bàn"],
    ["Sở Khoa học và Công nghệ", "các sở, ngành, địa phương"], ONG("thường xuyên, định kỳ"), TT, amb=True),
  T("VI.14", A(1252), ["Tỉnh đoàn"], [], None, TT),
  T("VI.15", A(1262), ["Liên đoàn Lao động", "Hội Nông dân", "Liên minh Hợp tác xã"], [], None, BH),
  T("VI.16", A(1272), ["Mặt trận Tổ quốc tỉnh", "các tổ chức chính trị - xã hội"], [], None, TT),
  # VI.17.a "a) Chủ trì triển khai các nhiệm / vụ tại mục (IV)(3.4)(a);" cannot be anchored: its first line without
  # the "a)" marker has 5 words (also the start of VI.3–VI.8) and its second 3; a marker-led anchor would not match the
  # task text once the marker is stripped. Not labelled (label 11's practice for unanchorable items).
  T("VI.17.b", A(1281), HQ, ["Sở Khoa học và Công nghệ", "Sở Công Thương", "các doanh nghiệp logistics"], None, K),
  T("VI.18.a", A(1290), ["Doanh nghiệp viễn thông, bưu chính"], [], None, K),
  T("VI.18.b", A(1294), ["Doanh nghiệp công nghệ số"], [], None, K),
  T("VI.18.c", A(1299), DN, ["các sở, ngành", "trường đại học, cao đẳng"], None, BM),
  # VI.18.d "Doanh nghiệp công nghệ số là lực lượng tiên phong …" states a role, no action: not a task.
  T("VI.19.a", A(1312), DH, [], None, BM),
  T("VI.19.b", A(1317), DH, ["các viện nghiên cứu"], None, K),
  T("VI.19.c", A(1321), DH, [], None, BM),
  T("VII", A(1328), ["Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch và tại Phụ lục kèm theo"], [],
    Y("trước ngày 15/11 hằng năm", "2026-11-15"), BC),
  # PHỤ LỤC "PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU … ĐẾN NĂM 2030": each indicator row assigned to a Chủ trì is a task.
  T("PL1.I.1", CS("PL1.I.1", 1388, 7), STC, [], P30, K, amb=True),
  T("PL1.I.2", PC("PL1.I.2", 1395), ["Sở Khoa học và Công nghệ", "Các sở, ngành", "Ủy ban nhân dân cấp xã"], [], Y("hằng năm"), K, amb=True),
  T("PL1.I.3", PC("PL1.I.3", 1408), KHCN, [], P30, K, amb=True),
  T("PL1.I.4", PC("PL1.I.4", 1416), KHCN, [], P30, K, amb=True),
  T("PL1.I.5", PC("PL1.I.5", 1433), ["Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Khoa học và Công nghệ"], [], P30, BM, amb=True),
  T("PL1.II.1", PC("PL1.II.1", 1450), KHCN, [], P30, K, amb=True),
  T("PL1.II.2", PC("PL1.II.2", 1458), KHCN, [], P30, K, amb=True),
  T("PL1.II.3", PC("PL1.II.3", 1466), CA, [], P30, K, amb=True),
  T("PL1.II.4", PC("PL1.II.4", 1474), CA, [], P30, K, amb=True),
  T("PL1.II.5", PC("PL1.II.5", 1482), NHNN, [], P30, K, amb=True),
  T("PL1.II.6", PC("PL1.II.6", 1491), ["Tỉnh đoàn"], [], P30, K, amb=True),
  T("PL1.II.7", PC("PL1.II.7", 1499), KHCN, [], P30, BM, amb=True),
  T("PL1.II.8", PC("PL1.II.8", 1507), ["Văn phòng Ủy ban nhân dân tỉnh"], [], P30, K, amb=True),
  T("PL1.II.9", PC("PL1.II.9", 1515), YT, [], P30, K, amb=True),
  T("PL1.II.10", PC("PL1.II.10", 1523), YT, [], P30, K, amb=True),
  T("PL1.II.11", PC("PL1.II.11", 1531), NHNN, [], P30, K, amb=True),
  T("PL1.II.12", PC("PL1.II.12", 1539), CA, [], P30, K, amb=True),
  T("PL1.II.13", PC("PL1.II.13", 1547), KHCN, [], P30, K, amb=True),
]
write(SRC, doc, tasks, shared=tuple(SHARED) + ("VI.2.b",))
