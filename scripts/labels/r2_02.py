"""Blind labels for realdocs2 02: Kế hoạch 597/KH-UBND Đồng Tháp 2025 (chuyển đổi số trong hoạt động xây dựng, quản lý,
khai thác kết cấu hạ tầng giao thông). Third annotator (labels6)."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "02_kehoach-597-KH-UBND-DongThap-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
DT = "Ủy ban nhân dân tỉnh Đồng Tháp"
doc = {
  "kind": "KeHoach", "number": "597/KH-UBND", "issuer": DT,
  "place": "Đồng Tháp", "issuedOn": "2025-11-27",
  "title": "CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU HẠ TẦNG GIAO THÔNG TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP",
  "signer": {"name": "Nguyễn Thành Diệu", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "NghiQuyet", "number": "57-NQ/TW", "issuedOn": "2024-12-22", "issuer": "Bộ Chính trị", "relation": "basis"},
    {"kind": "NghiQuyet", "number": "71/NQ-CP", "issuedOn": "2025-04-01", "issuer": "Chính phủ", "relation": "basis"},
    {"kind": "QuyetDinh", "number": "1644/QĐ-BXD", "issuedOn": "2025-09-30", "issuer": "Bộ trưởng Bộ Xây dựng", "relation": "basis"},
    {"kind": "QuyetDinh", "number": "03-QĐ/BCĐ", "issuedOn": "2025-08-13",
     "issuer": "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Tháp", "relation": "basis"},
  ],
  "recipients": [
    "Bộ Xây dựng (b/c)",
    "CT và các Phó CT UBND Tỉnh",
    "Công an Tỉnh",
    "Các Sở: XD, TC, KH&CN, NN&MT",
    "UBND các xã, phường",
    "VPUBND: CVP, các PCVP",
    "Lưu: VT, ĐTQH (Tùng)",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
ONG = lambda t: D("ongoing", t)
XD = ["Sở Xây dựng"]
KHCN = ["Sở Khoa học và Công nghệ"]
TC = ["Sở Tài chính"]
NN = ["Sở Nông nghiệp và Môi trường"]
CA = ["Công an Tỉnh"]
XA = ["Ủy ban nhân dân cấp xã"]
DN = ["Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin trên địa bàn Tỉnh"]
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU and II MỤC TIÊU (targets to 2030): not tasks.
  # III NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (no owners)
  T("III.1.1", A(130), [], [], None, BH),
  T("III.1.2", A(136), [], [], None, BH),
  T("III.1.3", A(141), [], [], None, BH),
  T("III.2.1", A(147), [], [], None, K),
  T("III.2.2", A(153), [], [], None, K),
  T("III.2.3", A(159), [], [], None, K),
  T("III.2.4", A(162), [], [], None, K),
  T("III.3.1", A(170), [], [], None, K),
  T("III.3.2", A(175), [], [], None, K),
  T("III.3.3", A(179), [], [], ONG("cập nhật thường xuyên"), K, amb=True),
  T("III.4.1", A(189), [], [], None, K),
  T("III.4.2.1", A(199), [], [], None, K),
  T("III.4.2.2", A(203), [], [], None, K),
  T("III.4.2.3", A(207), [], [], None, K),
  T("III.4.2.4", A(211), [], [], None, K),
  T("III.4.2.5", A(215), [], [], None, K),
  T("III.4.3.1", A(223), [], [], None, K),
  T("III.4.3.2", A(226), [], [], None, K),
  T("III.4.3.3", A(230), [], [], None, K),
  T("III.4.4.1", A(240), [], [], None, K),
  T("III.4.4.2", A(243), [], [], None, K),
  T("III.4.4.3", A(246), [], [], None, K),
  T("III.4.5.1", A(256), [], [], None, K),
  T("III.4.5.2", A(259), [], [], None, K),
  T("III.4.5.3", A(261), [], [], None, K),
  T("III.4.6.1", A(271), [], [], None, K),
  T("III.4.6.2", A(274), [], [], None, K),
  T("III.4.6.3", A(277), [], [], None, K),
  T("III.5.1", A(283), [], [], None, K),
  T("III.5.2", A(287), [], [], None, K),
  T("III.5.3", A(290), [], [], None, K),
  T("III.6.1", A(296), [], [], None, K),
  T("III.6.2", A(301), [], [], None, K),
  T("III.6.3", A(305), [], [], None, K),
  T("III.7.1", A(311), [], [], None, K),
  T("III.7.2", A(316), [], [], None, BH),
  T("III.8.a.1", A(325), [], [], None, BM),
  T("III.8.a.2", A(329), [], [], None, BM),
  T("III.8.b.1", A(334), [], [], None, K),
  T("III.8.b.2", A(337), [], [], None, K),
  T("III.8.b.3", A(340), [], [], None, K),
  # IV KINH PHÍ THỰC HIỆN: funding statement, not tasks.
  # V TỔ CHỨC THỰC HIỆN
  T("V.1.1", A(364), XD, [], None, K),
  T("V.1.2", A(368), XD, [], ONG("cập nhật dữ liệu thường xuyên"), K, amb=True),
  T("V.1.3", A(371), XD, KHCN, None, TM),
  T("V.1.4", A(375), XD, [], None, BH),
  T("V.1.5", A(379), XD, [], ONG("Thường xuyên"), BH),
  T("V.2.1", A(386), KHCN, [], None, K),
  T("V.2.2", A(390), KHCN, [], None, K),
  T("V.2.3", A(395), KHCN, [], None, K),
  T("V.2.4", A(400), KHCN, [], None, K),
  T("V.2.5", A(403), KHCN, [], None, BM),
  T("V.3.1", A(408), TC, [], None, K),
  T("V.3.2", A(412), TC, [], None, KT),
  T("V.4.1", A(418), NN, [], None, K),
  T("V.4.2", A(422), NN, [], None, K),
  T("V.4.3", A(425), NN, [], None, K),
  T("V.5.1", A(430), CA, [], None, TM),
  T("V.5.2", A(433), CA, [], None, K),
  T("V.5.3", A(437), CA, [], None, KT),
  T("V.6.1", A(442), XA, [], None, K),
  T("V.6.2", A(446), XA, [], None, K),
  T("V.6.3", A(449), XA, [], None, K),
  T("V.6.4", A(453), XA, [], None, K),
  T("V.6.5", A(456), XA, [], None, K),
  T("V.6.6", A(460), XA, [], None, K),
  T("V.7.1", A(467), DN, [], None, K),
  T("V.7.2", A(471), DN, [], None, K),
  T("V.7.3", A(475), DN, [], None, TM),
  # Closing paragraph: its reporting duty is a task (label 14 "V", gold 002 III); the rest is boilerplate.
  T("V", "báo cáo kết quả thực hiện về Sở Xây dựng,", ["các cơ quan, đơn vị"], [],
    D("recurring", "Định kỳ hằng năm (trước ngày 30 tháng 11)", "2025-11-30", "year"), BC, mode="requested"),
]
write(SRC, doc, tasks)
