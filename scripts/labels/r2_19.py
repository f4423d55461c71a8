"""Blind labels for realdocs2 19: Quyết định 2597/QĐ-TTg 2025 of the Thủ tướng Chính phủ approving the Đề án chuyển đổi số
trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng xây dựng. Third annotator (labels6). The Đề án's content
sits inside Điều 1 (I–V) with an appendix table (PHỤ LỤC, rows numbered per roman group); per the brief the approved
programme is read like a plan issued by a decision (kind KeHoach, the decision's number and date)."""
from labelkit import T, D, write, auto_anchor, read_lines
from r2kit import strict_anchor
SRC = "19_quyetdinh-chuongtrinh-2597-QD-TTg-ThuTuong-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
LINES = read_lines(SRC)
def C(ln):
    """Anchor inside one table cell: from ln up to the next lone '|' line."""
    stop = ln
    while LINES[stop - 1].strip() != '|':
        stop += 1
    return strict_anchor(SRC, ln, stop)
TTG = "Thủ tướng Chính phủ"
BCT = "Bộ Chính trị"
doc = {
  "kind": "KeHoach", "number": "2597/QĐ-TTg", "issuer": TTG,
  "place": "Hà Nội", "issuedOn": "2025-11-27",
  "title": "CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU HẠ TẦNG XÂY DỰNG",
  "signer": {"name": "Trần Hồng Hà", "position": "Phó Thủ tướng", "capacity": "KT. Thủ tướng"},
  "references": [
    {"kind": "NghiQuyet", "number": "57-NQ/TW", "issuedOn": "2024-12-22", "issuer": BCT, "relation": "basis"},
    {"kind": "NghiQuyet", "number": "06-NQ/TW", "issuedOn": "2022-01-24", "issuer": BCT, "relation": "basis"},
    {"kind": "NghiQuyet", "number": "52-NQ/TW", "issuedOn": "2019-09-27", "issuer": BCT, "relation": "basis"},
    {"kind": "KeHoach", "number": "02-KH/BCĐTW", "issuedOn": "2025-06-19", "issuer": "Ban Chỉ đạo Trung ương", "relation": "basis"},
    {"kind": "NghiQuyet", "number": "71/NQ-CP", "issuedOn": "2025-04-01", "issuer": "Chính phủ", "relation": "basis"},
    {"kind": "QuyetDinh", "number": "749/QĐ-TTg", "issuedOn": "2020-06-03", "issuer": TTG, "relation": "basis"},
  ],
  "recipients": [
    "Thủ tướng, các Phó Thủ tướng Chính phủ",
    "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    "UBND các tỉnh, thành phố",
    "Cơ quan trung ương của các tổ chức chính trị - xã hội",
    "VPCP: BTCN, các Phó Chủ nhiệm, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục: TH, KTTH, PL, TKBT, KGVX, NN, QHĐP, KSTT",
    "Lưu: VT, CN. pvc 19",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
ONG = lambda t: D("ongoing", t)
P = lambda t, due: D("period", t, due)
Y26 = P("2026", "2026-12-31")
Y27 = P("2026-2027", "2027-12-31")
Y28 = P("2026-2028", "2028-12-31")
Y30 = P("2026-2030", "2030-12-31")
BXD = ["Bộ Xây dựng"]
KHCN = ["Bộ Khoa học và Công nghệ"]
BTC = ["Bộ Tài chính"]
BXD_DP = ["Bộ Xây dựng", "các địa phương"]
CBN = ["Các bộ, ngành liên quan"]
CBNDP = ["Các bộ, ngành, địa phương liên quan"]
tasks = [
  # Decision preamble; Điều 1 I QUAN ĐIỂM and II MỤC TIÊU (targets to 2026, 2030, vision 2035): not tasks.
  # Điều 1 III NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (no owner in the items; see NOTES for the V.1.d/V.2.b/V.3.b cross-references)
  T("III.1.a", A(185), [], [], None, BH),
  T("III.1.b", A(191), [], [], None, BH),
  T("III.1.c", A(198), [], [], None, BH),
  T("III.1.d", A(205), [], [], None, BH),
  T("III.1.đ", "Thiết lập cơ chế kiểm tra, giám sát và đánh giá", [], [], None, BH),
  T("III.1.e", A(215), [], [], None, TT),
  T("III.1.g", A(221), [], [], None, BM),
  T("III.2.a", A(229), [], [], None, K),
  T("III.2.b", A(234), [], [], None, K),
  T("III.2.c", A(237), [], [], None, K),
  T("III.2.d", A(242), [], [], None, K),
  T("III.3.a", A(251), [], [], None, K),
  T("III.3.b", A(255), [], [], None, K),
  T("III.3.c", A(259), [], [], None, K),
  T("III.3.d", A(265), [], [], None, K),
  T("III.3.đ", A(273), [], [], None, K),
  T("III.3.e", A(279), [], [], ONG("giám sát an ninh mạng 24/7"), K, amb=True),
  T("III.3.g", A(285), [], [], None, K),
  T("III.4.a", A(293), [], [], None, K),
  T("III.4.b", A(300), [], [], None, K),
  T("III.4.c", A(306), [], [], None, K),
  T("III.5.a.1", A(316), [], [], ONG("cập nhật thường xuyên"), K, amb=True),
  T("III.5.a.2", A(321), [], [], None, K),
  T("III.5.a.3", A(326), [], [], None, K),
  T("III.5.b", A(336), [], [], None, K),
  T("III.5.c", A(347), [], [], None, K),
  T("III.6.a", A(359), [], [], None, BM),
  T("III.6.b", "Xây dựng khung năng lực và tổ chức đào tạo, bồi", [], [], None, BM),
  T("III.7.a", A(370), [], [], None, K),
  T("III.7.b", A(379), [], [], None, K),
  T("III.7.c", A(384), [], [], None, K),
  # IV KINH PHÍ THỰC HIỆN ĐỀ ÁN: funding statement, not tasks.
  # V TỔ CHỨC THỰC HIỆN
  T("V.1.a", A(412), BXD, ["các bộ, ngành", "Ủy ban nhân dân các tỉnh, thành phố"], None, KT),
  T("V.1.b", A(420), BXD, [], None, BH),
  T("V.1.c", A(423), BXD, [], None, BH),
  T("V.1.d", A(428), BXD, ["các cơ quan liên quan"], None, K),
  T("V.1.đ", A(432), BXD, [], None, K),
  T("V.2.a", A(439), KHCN, [], None, K),
  T("V.2.b", A(443), KHCN, BXD, None, K),
  T("V.3.a", A(449), BTC, ["Bộ Xây dựng", "các bộ, ngành, địa phương có liên quan"], None, K),
  T("V.3.b", A(454), BTC, ["Bộ Xây dựng", "các bộ, ngành, địa phương có liên quan"], None, K),
  T("V.4", A(460), ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"], BXD, None, K),
  T("V.5.a", A(467), ["Ủy ban nhân dân các tỉnh, thành phố"], [], None, BH),
  T("V.5.b", A(473), ["Ủy ban nhân dân các tỉnh, thành phố"], [], None, BM),
  T("V.5.c", A(478), ["Ủy ban nhân dân các tỉnh, thành phố"], BXD, None, K),
  # Điều 2–3: not tasks.
  # PHỤ LỤC: DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM (rows renumber in each roman group; group rows not tasks)
  T("PL1.I.1", C(547), BXD, CBN, Y26, BH),
  T("PL1.I.2", C(565), BXD, CBN, Y26, BH),
  T("PL1.I.3", C(582), BXD, KHCN, Y27, BH),
  T("PL1.I.4", "thác dữ liệu kết cấu hạ tầng giữa các hệ thống", BXD, ["Các bộ, ngành, địa phương"], Y27, BH),
  T("PL1.I.5", "tầng theo các tiêu chí về dữ liệu, nền tảng, quy trình,", KHCN, BXD, Y27, BH),
  T("PL1.II.1", C(650), BXD, KHCN, Y26, K),
  T("PL1.II.2", C(668), BXD, KHCN, Y26, K),
  T("PL1.II.3", C(684), BXD, CBN, Y27, K),
  T("PL1.II.4", C(702), BXD, ["Bộ Nông nghiệp và Môi trường", "các địa phương"], Y26, K),
  T("PL1.III.1", C(733), BXD_DP, CBN, Y30, K),
  T("PL1.III.2", C(751), BXD, CBN, Y30, K),
  T("PL1.III.3", C(768), BXD, ["Bộ Tài chính", "Bộ Nông nghiệp và Môi trường", "các địa phương"], Y27, K),
  T("PL1.III.4", C(788), BXD, CBN, Y30, K),
  T("PL1.III.5", C(808), BXD, ["Bộ Khoa học và Công nghệ", "các doanh nghiệp viễn thông"], Y30, K),
  T("PL1.III.6", C(827), BXD, CBNDP, Y28, K),
  T("PL1.IV.1", "khai thác kết cấu hạ tầng đô thị", BXD, ["Các địa phương"], Y30, K),
  T("PL1.IV.2", "khai thác kết cấu hạ tầng giao thông", BXD, CBNDP, Y30, K),
  T("PL1.IV.3", "Xây dựng kho dữ liệu mô hình thông tin công trình", BXD, CBNDP, Y28, K),
  T("PL1.V.1", C(918), BXD_DP, CBN, Y30, K),
  T("PL1.VI.1", C(952), BXD, KHCN, Y30, BM),
  T("PL1.VI.2", C(970), BXD_DP, CBN, Y30, BM),
  T("PL1.VI.3", "dưỡng cho đối tượng là cán bộ, công chức, viên chức", BXD, ["Bộ Khoa học và Công nghệ", "các bộ, ngành liên quan"], Y30, BM),
  T("PL1.VII.1", "nước ngoài để đào tạo chuyên gia trong lĩnh vực", BXD, CBN, Y28, K),
  T("PL1.VII.2", "Tăng cường hợp tác quốc tế trong lĩnh vực xây dựng,", BXD, CBN, Y30, K),
  T("PL1.VII.3", C(1052), BTC, BXD, Y30, K),
]
SHARED = ("III.1.đ", "III.6.b", "PL1.I.4", "PL1.I.5", "PL1.IV.1", "PL1.IV.2", "PL1.IV.3", "PL1.VI.3", "PL1.VII.1", "PL1.VII.2")
write(SRC, doc, tasks, shared=SHARED)
