"""Blind labels for realdocs2 07: Kế hoạch 159/KH-UBND Cần Thơ 2025 (truyền thông giảm nghèo đa chiều)."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "07_kehoach-159-KH-UBND-CanTho-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
CT = "Ủy ban nhân dân thành phố Cần Thơ"
doc = {
  "kind": "KeHoach", "number": "159/KH-UBND", "issuer": CT,
  "place": "Cần Thơ", "issuedOn": "2025-11-19",
  "title": "TRUYỀN THÔNG VỀ GIẢM NGHÈO ĐA CHIỀU THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ NĂM 2025",
  "signer": {"name": "Trần Chí Hùng", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "ThongTu", "number": "06/2022/TT-BTTTT", "issuedOn": "2022-06-30", "issuer": "Bộ trưởng Bộ Thông tin và Truyền thông", "relation": "basis"},
    {"kind": "ThongTu", "number": "01/2025/TT-BTTTT", "issuedOn": "2025-02-18", "issuer": "Bộ trưởng Bộ Thông tin và Truyền thông", "relation": "basis"},
    {"kind": "ThongTu", "number": "55/2023/TT-BTC", "issuedOn": "2023-08-15", "issuer": "Bộ trưởng Bộ Tài chính", "relation": "basis"},
    {"kind": "ThongTu", "number": "75/2024/TT-BTC", "issuedOn": "2024-10-31", "issuer": "Bộ trưởng Bộ Tài chính", "relation": "basis"},
    {"kind": "QuyetDinh", "number": "650/QĐ-LĐTBXH", "issuedOn": "2022-07-21", "issuer": "Bộ trưởng Bộ Lao động - Thương binh và Xã hội", "relation": "basis"},
    {"kind": "QuyetDinh", "number": "128/QĐ-LĐTBXH", "issuedOn": "2023-03-17", "issuer": "Bộ trưởng Bộ Lao động - Thương binh và Xã hội", "relation": "basis"},
    {"kind": "NghiQuyet", "number": "206/NQ-HĐND", "issuedOn": "2025-10-03", "issuer": "Hội đồng nhân dân thành phố Cần Thơ", "relation": "basis"},
    {"kind": "KeHoach", "number": "77/KH-UBND", "issuedOn": "2025-09-17", "issuer": CT, "relation": "basis"},
    {"kind": "QuyetDinh", "number": "2140/QĐ-UBND", "issuedOn": "2025-10-31", "issuer": CT, "relation": "basis"},
  ],
  "recipients": [
    "Bộ NN&MT",
    "VPQG về Giảm nghèo",
    "CT, PCT UBND TP (1A, 1G)",
    "UBMT TQ VN thành phố và các Đoàn thể",
    "Sở: NN&MT, TC, VH,TT&DL, GD&ĐT",
    "VP. UBND thành phố (2I, 3B)",
    "Báo và Phát thanh, Truyền hình Cần Thơ",
    "UBND xã, phường",
    "Cổng Thông tin điện tử thành phố",
    "Lưu: VT, CT",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao"
# Section II.3 "Thời gian thực hiện: Từ nay đến hết năm 2025." is plan-wide, not a task's own text: tasks without
# a time of their own get deadline null, not marked ambiguous (alternative: period 2025-12-31 for every task).
AMB = None
NN = ["Sở Nông nghiệp và Môi trường"]
VH = ["Sở Văn hóa, Thể thao và Du lịch"]
MT = ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "các Đoàn thể"]
SN = ["Các Sở, ngành, đơn vị liên quan"]
XA = ["Ủy ban nhân dân cấp xã"]
tasks = [
  # III. NỘI DUNG, HÌNH THỨC (no owners)
  T("III.1.1", A(133), [], [], None, PT, amb=AMB),
  T("III.1.2", A(139), [], [], None, TT, amb=AMB),
  T("III.1.3", A(147), [], [], None, TT, amb=AMB),
  T("III.1.4", A(153), [], [], None, TT, amb=AMB),
  T("III.1.5", A(157), [], [], None, TT, amb=AMB),
  T("III.2.1", A(163), [], [], None, TT, amb=AMB),
  T("III.2.2", A(167), [], [], None, TT, amb=AMB),
  T("III.2.3", A(170), [], [], None, TT, amb=AMB),
  T("III.2.4", A(173), [], [], None, TT, amb=AMB),
  T("III.2.5", A(178), [], [], None, TT, amb=AMB),
  T("III.2.6", A(181), [], [], None, PT, amb=AMB),
  T("III.2.7", A(186), [], [], None, TT, amb=AMB),
  # V. TỔ CHỨC THỰC HIỆN
  T("V.1.1", A(202), NN, [], None, TM, amb=AMB),
  T("V.1.2", A(205), NN, [], None, K, amb=AMB),
  T("V.1.3", A(208), NN, [], None, KT, amb=AMB),
  T("V.2", A(214), ["Sở Tài chính"], ["các cơ quan, đơn vị liên quan"], None, K, amb=AMB),
  T("V.3.1", A(221), VH, [], None, TT, amb=AMB),
  T("V.3.2", A(227), VH, [], None, TT, amb=AMB),
  T("V.3.3", A(230), VH, [], None, K, amb=AMB),
  T("V.4.1", A(237), MT, [], None, TT, mode="requested", amb=AMB),
  T("V.4.2", A(241), MT, [], None, TT, mode="requested", amb=AMB),
  T("V.4.3", A(247), MT, [], None, PT, mode="requested", amb=AMB),
  T("V.5.1", A(254), SN, [], None, BH, amb=AMB),
  T("V.5.2", A(259), SN, [], None, KT, amb=AMB),
  T("V.5.3", A(263), SN, [], D("recurring", "hàng năm", None, "year"), BC, amb=True),
  T("V.6.1", A(269), XA, [], None, BH, amb=AMB),
  T("V.6.2", A(274), XA, [], None, K, amb=AMB),
  T("V.6.3", A(278), XA, [], None, KT, amb=AMB),
  T("V.6.4", A(282), XA, [], None, BC, amb=AMB),
]
write(SRC, doc, tasks)
