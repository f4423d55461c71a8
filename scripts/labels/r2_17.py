"""Blind labels for realdocs2 17: Quyết định 2853/QĐ-UBND TP Hồ Chí Minh 2025 issuing the Kế hoạch triển khai Đề án
"Nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030" (read as the plan)."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "17_quyetdinh-kehoach-2853-QD-UBND-HoChiMinh-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
HCM = "Ủy ban nhân dân Thành phố Hồ Chí Minh"
doc = {
  "kind": "KeHoach", "number": "2853/QĐ-UBND", "issuer": HCM,
  "place": "Thành phố Hồ Chí Minh", "issuedOn": "2025-11-21",
  "title": "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “NÂNG CAO NHẬN THỨC CỘNG ĐỒNG VÀ QUẢN LÝ RỦI RO THIÊN TAI DỰA VÀO CỘNG ĐỒNG, ĐẾN NĂM 2030” TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH",
  "signer": {"name": "Bùi Minh Thạnh", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "ChiThi", "number": "42-CT/TW", "issuedOn": "2020-03-24", "issuer": "Ban Bí thư", "relation": "basis"},
    {"kind": "NghiDinh", "number": "66/2021/NĐ-CP", "issuedOn": "2021-07-06", "issuer": "Chính phủ", "relation": "basis"},
    {"kind": "NghiDinh", "number": "78/2021/NĐ-CP", "issuedOn": "2021-08-01", "issuer": "Chính phủ", "relation": "basis"},
    {"kind": "NghiDinh", "number": "63/2025/NĐ-CP", "issuedOn": "2025-03-05", "issuer": "Chính phủ", "relation": "basis"},
    {"kind": "NghiDinh", "number": "131/2025/NĐ-CP", "issuedOn": "2025-06-12", "issuer": "Chính phủ", "relation": "basis"},
    {"kind": "NghiDinh", "number": "200/2025/NĐ-CP", "issuedOn": "2025-07-09", "issuer": "Chính phủ", "relation": "basis"},
    {"kind": "QuyetDinh", "number": "379/QĐ-TTg", "issuedOn": "2021-03-17", "issuer": "Thủ tướng Chính phủ", "relation": "basis"},
    {"kind": "QuyetDinh", "number": "553/QĐ-TTg", "issuedOn": "2021-04-06", "issuer": "Thủ tướng Chính phủ", "relation": "implements"},
    {"kind": "Other", "number": "9512/TTr-SNN-CCTL", "issuedOn": "2025-10-23", "issuer": "Sở Nông nghiệp và Môi trường", "relation": "mentions"},
    {"kind": "QuyetDinh", "number": "3089/QĐ-UBND", "issuedOn": "2021-08-24", "issuer": HCM, "relation": "replaces"},
    {"kind": "QuyetDinh", "number": "1397/QĐ-UBND", "issuedOn": "2022-06-08", "issuer": "Ủy ban nhân dân tỉnh Bình Dương", "relation": "replaces"},
    {"kind": "QuyetDinh", "number": "1179/QĐ-UBND", "issuedOn": "2022-04-13", "issuer": "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "relation": "replaces"},
  ],
  "recipients": [
    "Như Điều 3",
    "Ban Chỉ đạo PTDS Quốc gia",
    "Bộ Nông nghiệp và Môi trường",
    "Thường trực Thành ủy",
    "Thành viên UBND Thành phố",
    "Cục Quản lý đê điều và PCTT",
    "Văn phòng Thành ủy",
    "Các sở, ban, ngành, đơn vị Thành phố",
    "UBND các phường, xã, đặc khu",
    "VPUB: PCVP/ĐT, phòng ĐT",
    "Lưu: VT, (ĐT/Hn)",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao"
NN = ["Sở Nông nghiệp và Môi trường"]
LQ = ["các cơ quan, đơn vị liên quan"]
XA = ["Ủy ban nhân dân các phường, xã, đặc khu"]
GD = ["Sở Giáo dục và Đào tạo"]
KH = ["Sở Khoa học và Công nghệ"]
YT = ["Sở Y tế"]
YEAR = lambda t: D("recurring", t, None, "year")
tasks = [
  # Quyết định Điều 1–3: not tasks. I MỤC TIÊU, II THỜI GIAN VÀ PHẠM VI: not tasks.
  # III. NỘI DUNG CỦA KẾ HOẠCH (no owners)
  T("III.1.1", A(212), [], [], None, BH),
  T("III.1.2", A(217), [], [], None, BM),
  T("III.1.3", A(221), [], [], None, K),
  T("III.1.4", A(226), [], [], None, BM),
  T("III.1.5", A(230), [], [], None, TT),
  T("III.2.1", A(239), [], [], None, TT, amb=True),
  T("III.2.2", A(245), [], [], None, BM),
  T("III.2.3", A(250), [], [], None, BM),
  T("III.2.4", A(257), [], [], None, BM),
  T("III.2.5", A(262), [], [], None, K),
  T("III.3.1", A(271), [], [], None, TT),
  T("III.3.2", A(278), [], [], None, K),
  T("III.3.3", A(283), [], [], None, K),
  T("III.3.4", A(287), [], [], None, TT),
  T("III.3.5", A(291), [], [], None, K),
  T("III.3.6", A(294), [], [], None, K),
  # IV. NGUỒN VỐN: funding sources, not tasks.
  # V. TỔ CHỨC THỰC HIỆN
  T("V.1.1", A(333), NN, [], YEAR("hàng năm"), TM, amb=True),
  T("V.1.2", A(339), NN, LQ, None, BH),
  T("V.1.3", A(344), NN, LQ, None, BM),
  T("V.1.4", A(351), NN, ["cơ quan thông tấn, báo chí trên địa bàn Thành phố"], None, TT),
  T("V.1.5", A(356), NN, [], None, TT),
  T("V.1.6", A(361), NN, [], None, K),
  T("V.1.7", A(366), NN, ["Sở Tài chính", "các sở, ngành, đơn vị có liên quan"], None, TM),
  T("V.1.8", A(372), NN, [], YEAR("hàng năm"), BC),
  T("V.2.1", A(379), GD, NN + XA, None, BM),
  T("V.2.2", A(383), GD, NN + XA, None, K),
  T("V.2.3", A(388), GD, NN + XA, None, BH),
  T("V.3", A(392), ["Bộ Tư lệnh Thành phố"], NN + ["các sở, ban, ngành, đơn vị liên quan"] + XA, None, BM),
  T("V.4.1", A(403), KH, [], None, TT),
  T("V.4.2", A(408), KH, [], None, TT),
  T("V.5.1", A(418), YT, NN, None, K),
  T("V.5.2", A(422), YT, NN, None, TT),
  T("V.5.3", A(426), YT, NN, None, K),
  T("V.6", A(430), ["Sở Tài chính"], LQ, None, TM),
  T("V.7", A(436), ["Ban Quản lý các Khu chế xuất và công nghiệp Thành phố"],
    ["các sở, ban, ngành, đơn vị Thành phố liên quan"], None, TT),
  T("V.8", A(442), ["Các sở, ban, ngành, đơn vị, tổ chức chính trị - xã hội, hội, đoàn thể"], NN + XA, None, K),
  T("V.9", A(450), XA, [], None, K),
  T("V.9.1", A(458), XA, [], None, BH),
  T("V.9.2", A(461), XA, [], None, TT),
  T("V.9.3", A(466), XA, [], None, K),
  T("V.9.4", A(472), XA, [], None, BC),
  T("V.9.5", A(476), XA, [], None, BH),
]
write(SRC, doc, tasks)
