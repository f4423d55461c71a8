"""Blind labels for realdocs2 10: Kế hoạch 0129/KH-UBND Đắk Lắk 2025 (hỗ trợ nhu yếu phẩm khẩn cấp cho Nhân dân bị ảnh
hưởng mưa lũ). The source numbers two sections "IV." (KINH PHÍ and PHÂN CÔNG NHIỆM VỤ); paths use "IV" as written for
the second, which alone holds tasks."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "10_kehoach-0129-KH-UBND-DakLak-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
DL = "Ủy ban nhân dân tỉnh Đắk Lắk"
CP = "Chính phủ"
doc = {
  "kind": "KeHoach", "number": "0129/KH-UBND", "issuer": DL,
  "place": "Đắk Lắk", "issuedOn": "2025-11-21",
  "title": "V/V HỖ TRỢ NHU YẾU PHẨM KHẨN CẤP CHO NHÂN DÂN BỊ ẢNH HƯỞNG MƯA LŨ TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK",
  "signer": {"name": "Hồ Thị Nguyên Thảo", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "NghiDinh", "number": "200/2023/NĐ-CP", "issuedOn": "2023-12-28", "issuer": CP, "relation": "basis"},
    {"kind": "NghiDinh", "number": "98/2021/NĐ-CP", "issuedOn": "2021-11-08", "issuer": CP, "relation": "basis"},
    {"kind": "Other", "number": "02600/PA-UBND", "issuedOn": "2025-08-18", "issuer": DL, "relation": "basis"},
    {"kind": "QuyetDinh", "number": "02110/QĐ-UBND", "issuedOn": "2025-11-20", "issuer": DL, "relation": "basis"},
    {"kind": "Other", "number": "223/CĐ-TTg", "issuedOn": "2025-11-20", "issuer": "Thủ tướng Chính phủ", "relation": "basis"},
    {"kind": "Other", "number": "007/CĐ-UBND", "issuedOn": "2025-11-17", "issuer": DL, "relation": "basis"},
    {"kind": "Other", "number": "008/CĐ-UBND", "issuedOn": "2025-11-19", "issuer": DL, "relation": "basis"},
    {"kind": "Other", "number": "009/CĐ-UBND", "issuedOn": "2025-11-19", "issuer": DL, "relation": "basis"},
    {"kind": "Other", "number": "010/CĐ-UBND", "issuedOn": "2025-11-20", "issuer": DL, "relation": "basis"},
    {"kind": "Other", "number": "49/QCPH-UBND-UBMT-HCTĐ", "issuedOn": "2025-01-24", "issuer": None, "relation": "basis"},
  ],
  "recipients": [
    "Thủ tướng Chính phủ (b/c)",
    "Các Bộ: Công Thương, NNMT (b/c)",
    "TT. Tỉnh ủy, TT. HĐND Tỉnh (b/c)",
    "BCH PTDS tỉnh",
    "UBMTTQVN tỉnh và Hội, đoàn thể tỉnh",
    "CT, các PCT UBND tỉnh",
    "Ban Tuyên giáo và Dân vận TU",
    "Các Văn phòng: TU, Đoàn ĐBQH-HĐND Tỉnh",
    "Các Sở, ban, ngành",
    "Công an tỉnh, BCHQS tỉnh",
    "UBND các xã, phường",
    "Báo và PTTH tỉnh; các cơ quan báo chí",
    "Cty Điện lực tỉnh; Các DN viễn thông",
    "CVP, các PCVP UBND tỉnh",
    "Cổng TTĐT tỉnh",
    "Các phòng, đơn vị thuộc VP",
    "Lưu: VT, TH (Ta)",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
XA = "Ủy ban nhân dân các xã, phường"
CT = ["Sở Công Thương"]
NN = ["Sở Nông nghiệp và Môi trường"]
YT = ["Sở Y tế"]
XD = ["Sở Xây dựng"]
CA = ["Công an tỉnh"]
QS = ["Bộ Chỉ huy Quân sự tỉnh"]
MT = ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"]
DAILY = lambda t: D("ongoing", t)
tasks = [
  # I ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI, II MỤC TIÊU, III.1–3 (phạm vi, khu vực ưu tiên, nhu cầu): not tasks.
  # III.4 Phương án tổ chức cấp phát: three phase bullets (no subject) and the "Lưu ý" bullets 5–6 (bullet 4 is a
  # principle, "phương châm 4 tại chỗ"). Phase windows ("0-48 giờ") are relative to the flood: null, ambiguous.
  T("III.4.1", A(143), [], [], None, K, amb=True),
  T("III.4.2", A(152), [], [], None, K, amb=True),
  T("III.4.3", A(159), [], ["chính quyền địa phương", "lực lượng xung kích"], None, K, amb=True),
  T("III.4.5", A(174), [XA], [], D("ongoing", "24/24"), K, amb=True),
  T("III.4.6", A(179), [], ["lực lượng chức năng"], None, K),
  # IV (first) KINH PHÍ - NGUỒN HUY ĐỘNG: funding sources, not tasks.
  # IV (second) PHÂN CÔNG NHIỆM VỤ
  T("IV.1.1", A(214), CT, [], D("ongoing", "cập nhật thường xuyên"), K, amb=True),
  T("IV.1.2", A(220), CT, [], None, K),
  T("IV.1.3", A(225), CT, ["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", XA], DAILY("trước 19h00’ hằng ngày"), K, amb=True),
  T("IV.2.1", A(232), NN, [XA], None, K),
  T("IV.2.2", A(236), NN, [], None, K),
  T("IV.2.3", A(240), NN, [], None, TM),
  T("IV.3.1", A(248), YT, [XA], None, K),
  T("IV.3.2", A(253), YT, [], None, K),
  T("IV.3.3", A(259), YT, [], None, K),
  T("IV.3.4", A(264), YT, ["các địa phương"], None, TT),
  T("IV.4.1", A(273), XD, [], None, K),
  T("IV.4.2", A(280), XD, [], None, K),
  T("IV.5", A(287), ["Sở Khoa học và Công nghệ"], [], None, K),
  T("IV.6", A(296), ["Sở Tài chính"], ["Sở Công Thương", "các đơn vị liên quan"], None, TM),
  T("IV.7.1", A(304), CA, [], None, K),
  T("IV.7.2", A(308), CA, [], None, K),
  T("IV.7.3", A(313), CA, ["các lực lượng", XA], None, K),
  T("IV.8.1", A(320), QS, [], None, K),
  T("IV.8.2", A(325), QS, [XA], None, K),
  T("IV.9", A(334), ["Báo và Phát thanh - Truyền hình Đắk Lắk", "Sở Văn hóa, Thể thao và Du lịch",
                     "Cổng Thông tin điện tử tính", "hệ thống truyền thanh cơ sở"], [], None, TT),
  T("IV.10.1", A(343), [XA], [], None, BH),
  T("IV.10.2", A(349), [XA], [], DAILY("báo cáo 02 lần/ngày (trước 9h00’ và 16h00’)"), BC, amb=True),
  T("IV.10.3", A(353), [XA], [], None, K),
  T("IV.10.4", A(358), [XA], [], DAILY("Cập nhật liên tục"), BC, amb=True),
  T("IV.10.5", A(362), [XA], [], None, K),
  T("IV.10.6", A(366), [XA], [], None, K),
  T("IV.11.1", A(374), MT, [], None, PT, mode="requested"),
  T("IV.11.2", A(380), MT, [], None, BH, mode="requested"),
  T("IV.11.3", A(384), MT, ["Ủy ban nhân dân tỉnh", "Sở Công Thương", "các cơ quan liên quan"], None, K, mode="requested"),
  T("IV.11.4", A(389), MT, ["chính quyền địa phương", "Mặt trận cơ sở", "các đoàn thể"], None, KT, mode="requested"),
  T("IV.11.5", A(393), MT, [], None, TT, mode="requested"),
  T("IV.11.6", A(398), MT, ["cơ quan báo chí", "hệ thống truyền thông"], None, TT, mode="requested"),
  T("IV.12", A(404), ["Công ty Điện lực Đắk Lắk"], ["chính quyền cơ sở"], None, K, mode="requested"),
  T("IV.13", A(411), ["các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác)"], [], None, K, mode="requested"),
  T("IV.14", A(417), ["Doanh nghiệp, cộng đồng, tổ chức, cá nhân"], [], None, K),
  T("IV.15", A(421), ["Tất cả lực lượng, phương tiện tham gia thực hiện Kế hoạch này"], [], None, K),
  # Closing "Các cơ quan, đơn vị, địa phương … khẩn trương phối hợp triển khai …; kịp thời báo cáo …": boilerplate.
]
write(SRC, doc, tasks)
