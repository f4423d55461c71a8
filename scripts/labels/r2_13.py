"""Blind labels for realdocs2 13: Kế hoạch 174/KH-UBND TP Hồ Chí Minh 2025 (nhiệm vụ trọng tâm cuối năm 2025 lĩnh vực
bình đẳng giới và "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới")."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "13_kehoach-174-KH-UBND-HoChiMinh-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
HCM = "Ủy ban nhân dân Thành phố Hồ Chí Minh"
TTG = "Thủ tướng Chính phủ"
doc = {
  "kind": "KeHoach", "number": "174/KH-UBND", "issuer": HCM,
  "place": "Thành phố Hồ Chí Minh", "issuedOn": "2025-11-18",
  "title": "TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM CUỐI NĂM 2025 LĨNH VỰC BÌNH ĐẲNG GIỚI VÀ “THÁNG HÀNH ĐỘNG VÌ BÌNH ĐẲNG GIỚI VÀ PHÒNG NGỪA, ỨNG PHÓ VỚI BẠO LỰC TRÊN CƠ SỞ GIỚI” TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH",
  "signer": {"name": "Trần Thị Diệu Thúy", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "NghiQuyet", "number": "202/2025/QH15", "issuedOn": "2025-06-12", "issuer": "Quốc hội", "relation": "basis"},
    {"kind": "QuyetDinh", "number": "178/QĐ-TTg", "issuedOn": "2016-01-28", "issuer": TTG, "relation": "basis"},
    {"kind": "Other", "number": "196-TB/TW", "issuedOn": "2015-03-16", "issuer": "Ban Bí thư", "relation": "mentions"},
    {"kind": "QuyetDinh", "number": "2232/QĐ-TTg", "issuedOn": "2020-12-28", "issuer": TTG, "relation": "basis"},
    {"kind": "QuyetDinh", "number": "2282/QĐ-TTg", "issuedOn": "2020-12-31", "issuer": TTG, "relation": "basis"},
    {"kind": "NghiQuyet", "number": "28/NQ-CP", "issuedOn": "2021-03-03", "issuer": "Chính phủ", "relation": "basis"},
    {"kind": "QuyetDinh", "number": "101/QĐ-TTg", "issuedOn": "2024-01-25", "issuer": TTG, "relation": "basis"},
    {"kind": "Other", "number": "02-TT/TU", "issuedOn": "2025-10-03", "issuer": "Thành ủy Thành phố Hồ Chí Minh", "relation": "implements"},
    {"kind": "CongVan", "number": "8935/BNV-CTTN&BĐG", "issuedOn": "2025-10-03", "issuer": "Bộ Nội vụ", "relation": "implements"},
    {"kind": "QuyetDinh", "number": "1855/QĐ-TTg", "issuedOn": "2009-11-11", "issuer": TTG, "relation": "mentions"},
  ],
  "recipients": [
    "Văn phòng Chính phủ",
    "Bộ Nội vụ; Bộ Tài chính",
    "Trung ương Hội Liên hiệp phụ nữ Việt Nam",
    "Ủy ban Quốc gia VSTBPN Việt Nam",
    "Thường trực Thành ủy",
    "Thường trực HĐND Thành phố",
    "TTUB: CT, các PCT",
    "Văn phòng Thành ủy và các Ban Thành ủy",
    "Ủy ban MTTQVN Thành phố",
    "Văn phòng ĐĐBQH và HĐND Thành phố",
    "Các sở, ban, ngành, đoàn thể Thành phố",
    "Thành viên Ban VSTBPN&BĐG Thành phố",
    "UBND các phường, xã, đặc khu",
    "VPUB: CVP, các PCVP",
    "Phòng: TH, VX",
    "Lưu: VT, (MT.Tấn)",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
NV = ["Sở Nội vụ"]
VH = ["Sở Văn hóa và Thể thao"]
YT = ["Sở Y tế"]
SBN = "các sở, ban, ngành, đoàn thể Thành phố"
XA = "Ủy ban nhân dân phường, xã, đặc khu"
LQ = "các đơn vị có liên quan"
CQ = ["các cơ quan, đơn vị, địa phương"]
THANG = D("period", "từ ngày 15/11 đến ngày 15/12", "2025-12-15")
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU and II.1 (targets to end-2025): not tasks. II.2.a–c (theme, dates, visual identity): not tasks.
  # II.2.d Các hoạt động chính: "các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:" — the Month's
  # window (II.2.b, 15/11–15/12/2025) is not the bullets' own text: null, marked ambiguous.
  T("II.2.d.1", A(246), CQ, [], None, PT, amb=True),
  T("II.2.d.2", A(249), CQ, [], None, TT, amb=True),
  T("II.2.d.3", A(260), CQ, [], None, TT, amb=True),
  T("II.2.d.4", A(265), CQ, [], None, TT, amb=True),
  T("II.2.d.5", A(273), CQ, [], None, KT, amb=True),
  T("II.2.d.6", A(278), CQ, [], None, TT, amb=True),
  # III NỘI DUNG HOẠT ĐỘNG: each "Hoạt động" = its "- Nội dung:" bullet, owners from its "- Cơ quan thực hiện:" line.
  T("III.1.a", A(294), NV, [SBN, XA, "báo, đài", LQ], THANG, PT),
  T("III.1.b", A(304), VH, [SBN, XA, LQ], None, TT),
  T("III.1.c.1", A(315), VH, [SBN, XA, "báo, đài", LQ], None, TT),
  T("III.1.c.2", A(325), ["Sở Xây dựng"], [], None, TT),
  T("III.2.a.1", A(338), YT, [SBN, LQ], None, BC),
  T("III.2.a.2", A(342), YT, [SBN, LQ], None, BM),
  T("III.2.b", A(353), ["Sở Giáo dục và Đào tạo", "Sở Y tế"], [SBN, LQ], None, K),
  # IV GIẢI PHÁP THỰC HIỆN (no owners)
  T("IV.1", A(367), [], [], None, TT),
  T("IV.2", A(374), [], [], None, K),
  T("IV.3", A(376), [], [], None, K),
  T("IV.4", A(382), [], [], None, K),
  # V TỔ CHỨC THỰC HIỆN
  T("V.1.1", A(392), NV, ["các sở, ban, ngành, đoàn thể Thành phố", "đơn vị có liên quan"], None, TM),
  T("V.1.2", A(398), NV, ["sở, ban, ngành, đoàn thể Thành phố"], None, K),
  T("V.1.3", A(402), NV, [], None, BC),
  T("V.2.1", A(409), ["Thủ trưởng các sở, ban, ngành, đoàn thể Thành phố"], ["các cơ quan, đơn vị có liên quan"], None, K),
  T("V.2.2", A(413), ["Thủ trưởng các sở, ban, ngành, đoàn thể Thành phố"], [], None, BM),
  T("V.3.1", A(423), ["Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "Hội Liên hiệp Phụ nữ Thành phố", "các tổ chức thành viên của Mặt trận"], [], None, K, mode="requested"),
  T("V.3.2", A(426), ["Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "Hội Liên hiệp Phụ nữ Thành phố", "các tổ chức thành viên của Mặt trận"], [], None, PT, mode="requested"),
  T("V.4", A(435), [XA], [], None, BH),
  # VI KINH PHÍ: VI.1 has actors (a task); VI.2 is a funding source.
  T("VI.1", A(442), ["Các sở, ban, ngành, đoàn thể Thành phố", XA], [], None, K),
  # VII CHẾ ĐỘ BÁO CÁO
  T("VII", A(453), ["Các sở, ban, ngành, đoàn thể Thành phố", XA], [], D("date", "trước ngày 16 tháng 12 năm 2025", "2025-12-16"), BC),
]
write(SRC, doc, tasks)
