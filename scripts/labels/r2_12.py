"""Blind labels for realdocs2 12: Kế hoạch 0134/KH-UBND Đắk Lắk 2025 (quan trắc, cảnh báo môi trường tại một số vùng
nuôi trồng thủy sản, giai đoạn 2026-2030). Fourth annotator (labels7). Section II is a monitoring specification and is
read literally, as realdocs label 12 (KH 235/KH-UBND Thanh Hóa, the same kind of plan) read its own; see NOTES."""
from labelkit import T, D, write
from r2kit import strict_anchor
SRC = "12_kehoach-0134-KH-UBND-DakLak-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
DL = "Ủy ban nhân dân tỉnh Đắk Lắk"
CP = "Chính phủ"
TTG = "Thủ tướng Chính phủ"
BNN = "Bộ Nông nghiệp và Phát triển nông thôn"
def R(kind, number, on, issuer, rel="basis"):
    return {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": rel}
doc = {
  "kind": "KeHoach", "number": "0134/KH-UBND", "issuer": DL,
  "place": "Đắk Lắk", "issuedOn": "2025-11-25",
  "title": "QUAN TRẮC, CẢNH BÁO MÔI TRƯỜNG TẠI MỘT SỐ VÙNG NUÔI TRỒNG THỦY SẢN TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK, GIAI ĐOẠN 2026- 2030",
  "signer": {"name": "Trương Công Thái", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    R("NghiDinh", "08/2022/NĐ-CP", "2022-01-10", CP),
    R("NghiDinh", "05/2025/NĐ-CP", "2025-01-06", CP),
    R("QuyetDinh", "1746/QĐ-TTg", "2023-12-30", TTG),
    R("QuyetDinh", "1747/QĐ-TTg", "2023-12-30", TTG),
    R("ThongTu", "32/2014/TT-BNNPTNT", "2014-09-10", BNN),
    R("ThongTu", "04/2016/TT-BNNPTNT", "2016-05-10", BNN),
    R("ThongTu", "12/2024/TT-BNNPTNT", "2024-10-24", BNN),
    R("ThongTu", "10/2021/TT-BTNMT", "2021-06-30", "Bộ Tài nguyên Môi trường"),
    R("QuyetDinh", "4255/QĐ-BNN-KHCN", "2024-12-04", BNN),
    R("QuyetDinh", "513/QĐ-TCTS-NTTS", "2021-12-28", "Tổng cục Thủy sản"),
    R("QuyetDinh", "1529/QĐ-UBND", "2021-10-27", DL),
    R("QuyetDinh", "339/QĐ-TTg", "2021-03-11", TTG, "mentions"),
    R("QuyetDinh", "01348/QĐ-UBND", "2025-09-18", DL),
    R("QuyetDinh", "66/2018/QĐ-UBND", "2018-12-28", "Ủy ban nhân dân tỉnh Phú Yên"),
    R("QuyetDinh", "323/QĐ-UBND", "2021-02-08", DL),
    R("QuyetDinh", "190/QĐ-UBND", "2025-02-14", DL),
    R("KeHoach", "18/KH-UBND", "2023-02-13", DL),
  ],
  "recipients": [
    "Bộ Nông nghiệp và Môi trường (b/c)",
    "CT, các PCT UBND tỉnh",
    "Lãnh đạo VPUBND tỉnh",
    "Các Sở: NNMT, TC, CT, KHCN",
    "UBND các xã, phường",
    "TT CN&CTTĐT tỉnh",
    "Các phòng: ĐTKT, NNMT",
    "Lưu: VT, NNMT (Q-05b)",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
M = lambda t: D("recurring", t, None, "month")
Y = lambda t: D("recurring", t, None, "year")
SNN = ["Sở Nông nghiệp và Môi trường"]
XA = ["Ủy ban nhân dân các xã/phường"]
CS = ["Các cơ sở sản xuất giống, nuôi trồng thủy sản thương phẩm"]
tasks = [
  # I MỤC TIÊU (goals, "Thời gian thực hiện: Từ năm 2026 - 2030"): not tasks.
  # II NỘI DUNG KẾ HOẠCH: no owner named (lead [], mode null). "a. Thời gian thực hiện" items are times, not tasks.
  T("II.1.1.1.b.1", A(153), [], [], None, K),
  T("II.1.1.1.b.2", A(158), [], [], None, K),
  T("II.1.1.1.c.1.1", A(169), [], [], M("2 đợt/tháng"), K, amb=True),
  T("II.1.1.1.c.1.2", A(174), [], [], Y("03 đợt/năm"), K, amb=True),
  T("II.1.1.1.c.2", A(178), [], [], M("02 đợt/tháng"), K, amb=True),
  T("II.1.1.2.b.1", A(190), [], [], None, K),
  T("II.1.1.2.b.2", A(193), [], [], None, K),
  T("II.1.1.2.c.1.1", A(202), [], [], M("02 đợt/tháng"), K, amb=True),
  T("II.1.1.2.c.1.2", A(211), [], [], Y("03 đợt/năm"), K, amb=True),
  T("II.1.1.2.c.2", A(215), [], [], M("02 đợt/tháng"), K, amb=True),
  T("II.1.1.3.b.1", A(227), [], [], None, K),
  T("II.1.1.3.b.2", A(232), [], [], None, K),
  T("II.1.1.3.c.1.1", A(241), [], [], M("02 đợt/tháng"), K, amb=True),
  T("II.1.1.3.c.1.2", A(247), [], [], Y("03 đợt/năm"), K, amb=True),
  T("II.1.1.3.c.2.1", A(253), [], [], None, K),
  T("II.1.1.3.d", "quan trắc môi trường Vùng nuôi cá tầm (cá nước lạnh):", [], [], M("02 đợt/tháng"), K, amb=True),
  T("II.1.2.1", A(269), [], [], None, K),
  T("II.1.2.2.1", A(277), [], [], None, K),
  # II.1.2.2.2 "+ Dự kiến kinh phí thực hiện khoản 10% …": a funding estimate, not a task.
  T("II.2.1.1", A(291), [], [], None, K),
  T("II.2.1.2", A(296), [], [], None, K),
  T("II.2.1.3", A(299), [], [], None, K),
  T("II.2.2", A(306), [], [], None, TT),
  T("II.2.3", A(314), [], [], None, BC),
  # II.3: "- Nội dung" is the task; "- Số lượng: 02 hội nghị/năm …", "- Thành phần", "- Thời gian" its continuations.
  T("II.3.1", A(321), [], [], Y("02 hội nghị/năm"), TT, amb=True),
  # III DỰ TOÁN KINH PHÍ THỰC HIỆN: not tasks.
  # IV Tổ chức thực hiện
  T("IV.1.1", A(377), SNN, [], None, TM),
  T("IV.1.2", A(381), SNN, [], Y("hàng năm"), BH, amb=True),
  T("IV.1.3", A(385), SNN, [], None, K),
  T("IV.1.4", A(390), SNN, ["các cơ quan, đơn vị liên quan"], None, K),
  T("IV.1.5", A(395), SNN, [], None, BC),
  T("IV.1.6", A(398), SNN, [], None, K),
  T("IV.1.7", A(401), SNN, ["các cơ quan liên quan"], None, TT),
  T("IV.1.8", A(405), SNN, [], None, K),
  T("IV.1.9", A(410), SNN, [], None, BM),
  T("IV.2", A(418), ["Sở Tài chính"], [], None, TM),
  T("IV.3.1", A(424), XA, [], None, TT),
  T("IV.3.2", A(432), XA, [], None, K),
  T("IV.3.3", A(437), XA, [], None, KT),
  T("IV.3.4", A(440), XA, [], None, TT),
  T("IV.4.1", A(448), CS, [], None, KT),
  T("IV.4.2", A(451), CS, ["các cơ quan quản lý nuôi trồng thủy sản"], None, K),
  T("IV.4.3", A(454), CS, [], None, KT),
  # Closing "Trên đây là Kế hoạch …" is not a task. PHỤ LỤC I (monitoring points with coordinates) and PHỤ LỤC II
  # (cost estimate) are not task tables.
]
write(SRC, doc, tasks)
