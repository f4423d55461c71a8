"""Blind labels for realdocs2 14: Kế hoạch 310/KH-UBND Hà Nội 2025 (hạ tầng 5G, IoT trong khu công nghệ cao, KCN, CCN)."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "14_kehoach-310-KH-UBND-HaNoi-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
HN = "Ủy ban nhân dân thành phố Hà Nội"
TTG = "Thủ tướng Chính phủ"
doc = {
  "kind": "KeHoach", "number": "310/KH-UBND", "issuer": HN,
  "place": "Hà Nội", "issuedOn": "2025-11-24",
  "title": "PHÁT TRIỂN HẠ TẦNG 5G, IOT TRONG CÁC KHU CÔNG NGHỆ CAO, KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2030",
  "signer": {"name": "Trương Việt Dũng", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "NghiQuyet", "number": "57-NQ/TW", "issuedOn": "2024-12-22", "issuer": "Bộ Chính trị", "relation": "implements"},
    {"kind": "NghiQuyet", "number": "03/NQ-CP", "issuedOn": "2025-01-09", "issuer": "Chính phủ", "relation": "implements"},
    {"kind": "QuyetDinh", "number": "1132/QĐ-TTg", "issuedOn": "2024-10-09", "issuer": TTG, "relation": "implements"},
    {"kind": "QuyetDinh", "number": "1569/QĐ-TTg", "issuedOn": "2024-12-12", "issuer": TTG, "relation": "implements"},
    {"kind": "QuyetDinh", "number": "912/QĐ-BKHCN", "issuedOn": "2025-05-18", "issuer": "Bộ Khoa học và Công nghệ", "relation": "implements"},
    {"kind": "KeHoach", "number": "139/KH-UBND", "issuedOn": "2025-05-16", "issuer": HN, "relation": "implements"},
    {"kind": "NghiQuyet", "number": "71/NQ-CP", "issuedOn": "2025-04-01", "issuer": "Chính phủ", "relation": "mentions"},
    {"kind": "NghiQuyet", "number": "18-NQ/TU", "issuedOn": "2022-12-30", "issuer": "Thành ủy Hà Nội", "relation": "mentions"},
    {"kind": "QuyetDinh", "number": "36/QĐ-TTg", "issuedOn": "2024-01-11", "issuer": TTG, "relation": "mentions"},
    {"kind": "QuyetDinh", "number": "1668/QĐ-TTg", "issuedOn": "2024-12-27", "issuer": TTG, "relation": "mentions"},
  ],
  "recipients": [
    "Bộ Khoa học và Công nghệ",
    "Thường trực Thành ủy",
    "Thường trực HĐND Thành phố",
    "Chủ tịch UBND Thành phố",
    "Các Phó Chủ tịch UBND Thành phố",
    "Các Sở, ban, ngành Thành phố",
    "Công an Thành phố",
    "UBND phường, xã",
    "Tổng Công ty điện lực TP Hà Nội",
    "Các doanh nghiệp, viễn thông trên địa Thành phố",
    "VPUBTP: CVP, các PCVP, các phòng, đơn vị: ĐMPT, TH, TTDL&CNS",
    "Lưu: VT, ĐMPT",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao"
BQL = "Ban Quản lý các khu công nghệ cao và khu công nghiệp"
KHCN, SCT = "Sở Khoa học và Công nghệ", "Sở Công Thương"
ONG = D("ongoing", "Thường xuyên")
DNVT = ["Các doanh nghiệp viễn thông", "tổ chức, cá nhân có liên quan"]
SBN = ["Các Sở, ban, ngành của Thành phố", "Ủy ban nhân dân phường, xã"]
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU and II MỤC TIÊU: not tasks.
  # III. GIẢI PHÁP (no owners, except III.4.b's subject)
  T("III.1.a", A(163), [], [], None, BH),
  T("III.1.b", A(169), [], [], None, BH),
  T("III.1.c", A(173), [], [], None, K),
  T("III.2.a", A(182), [], [], None, TT),
  T("III.2.b", A(189), [], [], None, TT),
  T("III.3.a", A(198), [], [], None, K),
  T("III.3.b", A(203), [], [], None, K),
  T("III.3.c", A(209), [], [], None, K),
  T("III.4.a", A(218), [], [], None, K),
  T("III.4.b", A(223), ["Doanh nghiệp viễn thông"], [], None, K),
  T("III.4.c", A(228), [], [], None, K),
  T("III.4.d", A(233), [], [], None, K),
  T("III.5", A(240), [], [], None, KT),
  # IV. KINH PHÍ: the second paragraph has an actor; the funding rules are not tasks.
  T("IV", A(251), ["Các doanh nghiệp viễn thông trên địa bàn Thành phố",
                   "các nhà đầu tư trong các khu công nghệ cao, khu công nghiệp, cụm công nghiệp"], [], None, K),
  # V. TỔ CHỨC THỰC HIỆN
  T("V.1.1", A(287), [BQL], ["các Sở, Ban, ngành liên quan"], None, BH, amb=True),
  T("V.1.2", A(293), [BQL], [], None, K),
  T("V.1.3", A(296), [BQL], [KHCN, "Sở Xây dựng", "các cơ quan liên quan"], None, K),
  T("V.1.4", A(301), [BQL], [], None, TM),
  T("V.2.1", A(309), [KHCN], [BQL, "các doanh nghiệp viễn thông", "các đơn vị liên quan"], None, TM, amb=True),
  T("V.2.2", A(323), [KHCN], [], None, TM),
  T("V.2.3", A(327), [KHCN], [], None, TM),
  T("V.3.1", A(334), ["Sở Tài chính"], [], None, TM),
  T("V.3.2", A(340), ["Sở Tài chính"], [BQL, KHCN, "các đơn vị liên quan"], None, TM),
  T("V.4.1", A(348), SBN, [BQL], None, K),
  T("V.4.2", A(352), SBN, [], None, K),
  T("V.5.1", A(360), DNVT, [], None, K),
  T("V.5.2", A(364), DNVT, [], None, K),
  T("V.5.3", A(369), DNVT, [], None, K),
  T("V", "yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã", ["các Sở, ban, ngành Thành phố", "Ủy ban nhân dân phường, xã", "các doanh nghiệp viễn thông"], [],
    D("recurring", "định kỳ trước ngày 30 tháng 11 hàng năm", "2025-11-30", "year"), BC, mode="required"),
  # PHỤ LỤC: NHIỆM VỤ CHỦ YẾU (table rows 1–6)
  T("PL1.1", A(432), [BQL], [KHCN, SCT, "Ủy ban nhân dân các phường, xã"],
    D("period", "Quý III Năm 2026", "2026-09-30"), BH),
  T("PL1.2", A(445), [BQL], [KHCN, SCT, "Các doanh nghiệp viễn thông"],
    D("period", "Quý IV/2025- Quý II/2026", "2026-06-30"), K),
  T("PL1.3", A(458), [BQL], ["Sở Tài chính"], ONG, BH),
  T("PL1.4", A(472), [BQL], ["Các doanh nghiệp đầu tư hạ tầng"], ONG, K),
  T("PL1.5", A(485), ["Doanh nghiệp", "nhà cung cấp dịch vụ IoT", "nhà đầu tư"], [BQL, KHCN, SCT], ONG, K),
  T("PL1.6", A(499), [BQL], [KHCN], D("recurring", "Hàng năm", None, "year"), KT),
]
write(SRC, doc, tasks)
