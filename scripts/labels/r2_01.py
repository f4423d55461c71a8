"""Blind labels for realdocs2 01: Kế hoạch 552/KH-UBND Đồng Tháp 2025 (thực hiện lộ trình đổi mới công nghệ đến năm 2035
đối với các ngành kinh tế mũi nhọn). Third annotator (labels6). The source numbers two sections "III." (LỘ TRÌNH THỰC
HIỆN and NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU); the second only points to the appendix and holds no task, so "III" is kept for
the roadmap. Body (III, V, VI) and appendix table (PHỤ LỤC, rows numbered per roman group) are both labelled."""
from labelkit import T, D, write, auto_anchor, read_lines
from r2kit import strict_anchor
SRC = "01_kehoach-552-KH-UBND-DongThap-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
LINES = read_lines(SRC)
def C(ln):
    """Anchor inside one table cell: from ln up to the next lone '|' line."""
    stop = ln
    while LINES[stop - 1].strip() != '|':
        stop += 1
    return strict_anchor(SRC, ln, stop)
DT = "Ủy ban nhân dân tỉnh Đồng Tháp"
doc = {
  "kind": "KeHoach", "number": "552/KH-UBND", "issuer": DT,
  "place": "Đồng Tháp", "issuedOn": "2025-11-19",
  "title": "THỰC HIỆN LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ ĐẾN NĂM 2035 TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP ĐỐI VỚI CÁC NGÀNH KINH TẾ MŨI NHỌN",
  "signer": {"name": "Huỳnh Minh Tuấn", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "NghiQuyet", "number": "57-NQ/TW", "issuedOn": "2024-12-22", "issuer": "Bộ Chính trị", "relation": "basis"},
    {"kind": "NghiQuyet", "number": "71/NQ-CP", "issuedOn": "2025-04-01", "issuer": "Chính phủ", "relation": "basis"},
    {"kind": "Other", "number": "10-CTr/TU", "issuedOn": "2025-08-13", "issuer": "Ban Thường vụ Tỉnh ủy", "relation": "basis"},
    {"kind": "Other", "number": "30-TB/TGV", "issuedOn": "2025-06-13",
     "issuer": "Tổ giúp việc Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "relation": "basis"},
    {"kind": "KeHoach", "number": "283/KH-UBND", "issuedOn": "2025-09-24", "issuer": DT, "relation": "basis"},
  ],
  "recipients": [
    "Thường trực Tỉnh ủy",
    "Thường trực HĐND Tỉnh",
    "CT, các PCT UBND Tỉnh",
    "Mục V",
    "VPUB: CVP, các PCVP",
    "Lưu: VT, KGVX. Thg",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
ONG = lambda t: D("ongoing", t)
P = lambda t, due: D("period", t, due)
G1 = P("Giai đoạn 2025 - 2030", "2030-12-31")   # from the phase heading (see NOTES)
G2 = P("Giai đoạn 2031 - 2035", "2035-12-31")
TX = ONG("Thường xuyên")
Y26 = P("2026", "2026-12-31")
Y2530 = P("2025 - 2030", "2030-12-31")
Y2535 = P("2025 - 2035", "2035-12-31")
KHCN = ["Sở Khoa học và Công nghệ"]
NN = ["Sở Nông nghiệp và Môi trường"]
CTh = ["Sở Công Thương"]
TC = ["Sở Tài chính"]
GD = ["Sở Giáo dục và Đào tạo"]
BQL = ["Ban Quản lý khu Kinh tế"]
LHH = ["Liên hiệp các Hội Khoa học và Kỹ thuật"]
XA = ["Ủy ban nhân dân xã, phường"]
HH = ["Hiệp hội Doanh nghiệp"]
SBN = "Sở, ban, ngành có liên quan"
VT = "Viện, Trường"
DN = "Doanh nghiệp"
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU and II MỤC TIÊU (targets to 2030, orientation to 2035): not tasks.
  # III LỘ TRÌNH THỰC HIỆN (no owners; phase heading gives the period, marked ambiguous)
  T("III.1.1", A(229), [], [], G1, BH, amb=True),
  T("III.1.2", A(233), [], [], G1, K, amb=True),
  T("III.1.3", A(237), [], [], G1, K, amb=True),
  T("III.1.4", A(242), [], [], P("đến năm 2030", "2030-12-31"), K),
  T("III.1.5", A(246), [], [], G1, K, amb=True),
  T("III.1.6", A(250), [], [], G1, K, amb=True),
  T("III.1.7", A(256), [], [], G1, BM, amb=True),
  T("III.1.8", A(261), [], [], D("recurring", "định kỳ (hằng năm)", None, "year"), KT),
  T("III.2.1.1", A(272), [], [], G2, BH, amb=True),
  T("III.2.1.2", A(275), [], [], G2, BH, amb=True),
  T("III.2.1.3", A(279), [], [], G2, BH, amb=True),
  T("III.2.2.1", A(286), [], [], G2, K, amb=True),
  T("III.2.2.2", A(290), [], [], G2, K, amb=True),
  T("III.2.3.1", A(297), [], [], G2, K, amb=True),
  T("III.2.3.2", A(301), [], [], G2, K, amb=True),
  T("III.2.4.1", A(308), [], [], G2, K, amb=True),
  T("III.2.4.2", A(312), [], [], G2, K, amb=True),
  T("III.2.4.3", A(316), [], [], G2, K, amb=True),
  T("III.2.5.1", A(324), [], [], G2, K, amb=True),
  T("III.2.5.2", A(327), [], [], G2, K, amb=True),
  T("III.2.6.1", A(335), [], [], G2, BM, amb=True),
  T("III.2.6.2", A(338), [], [], G2, BM, amb=True),
  T("III.2.6.3", A(341), [], [], G2, TT, amb=True),
  T("III.2.6.4", A(345), [], [], G2, BM, amb=True),
  T("III.2.7.1", "các quỹ đầu tư mạo hiểm, vốn quốc tế, PPP.", [], [], G2, K, amb=True),
  T("III.2.7.2", "nguồn vốn bền vững và đa dạng.", [], [], G2, K, amb=True),
  T("III.2.8.1", A(361), [], [], G2, K, amb=True),
  T("III.2.8.2", A(365), [], [], G2, K, amb=True),
  T("III.2.8.3", A(369), [], [], G2, PT, amb=True),
  # second "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (chi tiết Phụ lục đính kèm)": a pointer, no task.
  # IV KINH PHÍ VÀ NGUỒN LỰC THỰC HIỆN: funding statement, not tasks.
  # V TỔ CHỨC THỰC HIỆN
  T("V.1.1", A(392), KHCN, [], None, TM),
  T("V.1.2", A(396), KHCN, [], None, BH),
  T("V.1.3", A(400), KHCN, [], None, BH),
  T("V.1.4", A(405), KHCN, ["các sở, ngành, địa phương"], None, BH),
  T("V.1.5", A(409), KHCN, [], D("recurring", "Định kỳ hằng năm", None, "year"), BC),
  T("V.2.1", A(415), NN, [], None, K),
  T("V.2.2", A(420), NN, [], None, K),
  T("V.2.3", A(426), NN, [], None, K),
  T("V.2.4", A(431), NN, [], None, BM),
  T("V.3.1", A(439), CTh, [], None, K),
  T("V.3.2", A(444), CTh, [], None, K),
  T("V.3.3", A(448), CTh, ["các ngành liên quan"], None, K),
  T("V.4.1", A(454), TC, [], None, TM),
  T("V.4.2", "hoá các cơ chế, chính sách khuyến khích xã hội hóa,", TC, [], None, BH),
  T("V.4.3", A(466), TC, ["các sở, ngành, địa phương"], None, KT),
  T("V.4.4", A(471), TC, [], None, TM),
  T("V.5.1", A(479), GD, ["các sở, ngành, địa phương"], None, BM),
  T("V.5.2", A(484), GD, [], None, K),
  T("V.5.3", A(489), GD, ["doanh nghiệp", "viện nghiên cứu", "trường đại học"], None, BM),
  T("V.5.4", A(494), GD, [], None, K),
  T("V.6.1", A(502), BQL, ["các sở, ngành và địa phương"], None, K),
  T("V.6.2", A(507), BQL, [], None, K),
  T("V.6.3", A(512), BQL, [], None, K),
  T("V.6.4", A(516), BQL, [], None, K),
  T("V.6.5", A(521), BQL, [], None, BM),
  T("V.7", A(528), LHH, [], None, TM),
  T("V.8", A(534), ["Các sở, ban, ngành Tỉnh"], [], None, BH),
  T("V.9.1", A(541), XA, [], None, BH),
  T("V.9.2", A(544), XA, [], None, TT),
  T("V.9.3", A(548), XA, ["các sở, ngành liên quan"], None, KT),
  T("V.10.1", A(555), HH, [], None, TT),
  T("V.10.2", A(559), HH, [], None, TM),
  # VI TỔ CHỨC THEO DÕI, KIỂM TRA VÀ CHẾ ĐỘ BÁO CÁO
  T("VI.1.1", A(568), KHCN, [], None, KT),
  T("VI.1.2", A(573), ["Các sở, ban, ngành", "Ủy ban nhân dân xã, phường"], [], None, KT),
  T("VI.1.3", A(578), [], [], None, KT),
  T("VI.2.1", A(584), ["Các sở, ban, ngành", "Ủy ban nhân dân xã, phường", "các đơn vị liên quan"], [],
    D("recurring", "định kỳ báo cáo kết quả thực hiện trước ngày 20/11", "2025-11-20", "year"), BC, amb=True),
  T("VI.2.2", A(589), KHCN, [], D("recurring", "trước ngày 30/11 hằng năm", "2025-11-30", "year"), BC),
  # PHỤ LỤC: NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN (rows renumber in each roman group; group rows not tasks)
  T("PL1.I.1", C(646), TC, [SBN], TX, BH),
  T("PL1.I.2", C(659), TC, ["Sở Công Thương", "Ban Quản lý khu Kinh tế tỉnh Đồng Tháp"], Y26, TM),
  T("PL1.I.3", C(671), LHH, [SBN], TX, TM),
  T("PL1.I.4", C(683), KHCN, [VT, DN, SBN], Y26, BH),
  T("PL1.II.1", C(703), KHCN, [SBN], Y26, BH),
  T("PL1.II.2", C(716), KHCN, [SBN], Y2535, K),
  T("PL1.II.3", C(729), KHCN, [SBN], Y2535, BH),
  T("PL1.II.4", "công nghệ số trong quản trị sản xuất, kinh doanh,", CTh, [DN, SBN], Y2535, K),
  T("PL1.II.5", C(755), KHCN, [VT, DN, SBN], TX, K),
  T("PL1.III.1", C(774), NN, [VT, SBN], Y2535, K),
  T("PL1.III.2", C(787), NN, [VT, SBN], Y2530, K),
  T("PL1.III.3", C(799), CTh, [DN, SBN], Y2535, K),
  T("PL1.III.4", C(812), ["Sở Văn hoá Thể thao du lịch"], [VT, SBN], Y2530, K),
  T("PL1.III.5", C(825), BQL, [DN, SBN], Y2530, K),
  T("PL1.IV.1", C(844), GD, [VT, SBN], Y2530, BM),
  T("PL1.IV.2", C(857), GD, [VT, SBN], Y2530, K),
  T("PL1.IV.3", C(870), LHH, [VT, SBN], TX, BM),
  T("PL1.IV.4", C(883), NN, [VT, SBN], TX, BM),
  T("PL1.IV.5", "viên, doanh nghiệp tham gia các chương trình đổi mới", HH, [DN], TX, TT),
]
SHARED = ("V.4.2", "PL1.II.4", "PL1.IV.5")
write(SRC, doc, tasks, shared=SHARED)
