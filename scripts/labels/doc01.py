from labelkit import T, D, write
SRC = "01_chithi-21-CT-TTg-2026-sap-xep-thon-to-dan-pho.txt"
doc = {
  "kind": "ChiThi", "number": "21/CT-TTg", "issuer": "Thủ tướng Chính phủ",
  "place": "Hà Nội", "issuedOn": "2026-05-20",
  "title": "Về việc sắp xếp thôn, tổ dân phố và bố trí, sử dụng, chế độ, chính sách đối với người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố",
  "signer": {"name": "Phạm Thị Thanh Trà", "position": "Phó Thủ tướng", "capacity": "KT. Thủ tướng"},
  "references": [
    {"kind": "KetLuan", "number": "34-KL/TW", "issuedOn": "2026-05-18", "issuer": "Bộ Chính trị", "relation": "implements"},
    {"kind": "ChiThi", "number": "18/CT-TTg", "issuedOn": "2026-05-08", "issuer": "Thủ tướng Chính phủ", "relation": "mentions"},
  ],
  "recipients": [],
}
UB = ["Ủy ban nhân dân các tỉnh, thành phố"]
NV = ["Bộ Nội vụ"]; TC = ["Bộ Tài chính"]; CA = ["Bộ Công an"]
tasks = [
  T("II.1", "Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo",
    ["Ban Thường vụ Tỉnh ủy, Thành ủy"], [], None, "TuyenTruyen"),
  T("II.2", "Đề nghị Ban Tuyên giáo và Dân vận Trung ương lãnh đạo,",
    ["Ban Tuyên giáo và Dân vận Trung ương"], [], None, "TuyenTruyen", mode="requested"),
  T("II.3", "Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"], [], None, "ToChucBoMay", mode="requested"),
  # II.4 Ủy ban nhân dân các tỉnh, thành phố (owner heading)
  T("II.4.a", "Khẩn trương tổ chức rà soát toàn bộ thôn, tổ dân phố", UB, [],
    D("date", "hoàn thành trước ngày 10 tháng 6 năm 2026", "2026-06-10"), "BanHanhVanBan"),
  T("II.4.b", "Chỉ đạo Ủy ban nhân dân cấp xã xây dựng Đề án", UB, [],
    D("date", "hoàn thành trước ngày 30 tháng 6 năm 2026", "2026-06-30"), "BanHanhVanBan"),
  T("II.4.c", "Kết thúc hoạt động đối với người hoạt động không chuyên trách", UB, [],
    D("date", "trước ngày 31 tháng 5 năm 2026", "2026-05-31"), "ToChucBoMay", amb=True),
  T("II.4.c.1", "Trên cơ sở biên chế được giao năm 2026, lựa chọn,", UB, [], None, "ToChucBoMay"),
  T("II.4.c.2", "Thực hiện chế độ hợp đồng thực hiện nhiệm vụ công chức,", UB, [], None, "ToChucBoMay"),
  T("II.4.c.3", "phố bảo đảm điều kiện, tiêu chuẩn, trình tự bố trí", UB, [], None, "ToChucBoMay"),
  T("II.4.c.4", "Giải quyết đầy đủ, kịp thời chế độ, chính sách đối với", UB, [], None, "Khac"),
  T("II.4.d", "Định kỳ báo cáo Thủ tướng Chính phủ để kịp thời", UB, [],
    D("recurring", "vào thứ Sáu hàng tuần", "2026-05-22", "week"), "BaoCao", amb=True),
  # II.5 Bộ Nội vụ
  T("II.5.a", "Chủ trì, phối hợp với các bộ, ngành liên quan hướng dẫn,", NV,
    ["các bộ, ngành liên quan"], None, "KiemTraGiamSat"),
  T("II.5.b", "Tiếp thu ý kiến Bộ Chính trị, ý kiến các cơ quan", NV, [],
    D("date", "trước ngày 26 tháng 5 năm 2026", "2026-05-26"), "ThamMuu"),
  T("II.5.c", "Theo dõi, tổng hợp tình hình sắp xếp thôn, tổ dân phố", NV, [], None, "BaoCao"),
  T("II.5.d", "Chủ trì phối hợp với Bộ Tài chính và các cơ quan", NV,
    ["Bộ Tài chính", "các cơ quan liên quan"], None, "Khac"),
  T("II.5.đ", "Định kỳ thứ Hai hàng tuần tổng hợp tình hình, kết quả", NV, [],
    D("recurring", "Định kỳ thứ Hai hàng tuần", "2026-05-25", "week"), "BaoCao", amb=True),
  # II.6 Bộ Tài chính
  T("II.6.a", "Chủ trì hướng dẫn việc bố trí, quản lý, sử dụng", TC, [], None, "Khac"),
  T("II.6.b", "Phối hợp với Bộ Nội vụ hướng dẫn các địa phương", TC, ["Bộ Nội vụ"], None, "Khac"),
  # II.7 Bộ Công an
  T("II.7.a", "Chỉ đạo lực lượng công an các cấp chủ động nắm", CA,
    ["chính quyền địa phương các cấp"], None, "ThamMuu"),
  T("II.7.b", "Phối hợp với Bộ Nội vụ và các địa phương hướng", CA,
    ["Bộ Nội vụ", "các địa phương"], D("date", "trước ngày 25 tháng 5 năm 2026", "2026-05-25"), "ToChucBoMay"),
  T("II.8", "Bộ Văn hóa, Thể thao và Du lịch phối hợp với Ban",
    ["Bộ Văn hóa, Thể thao và Du lịch"], ["Ban Tuyên giáo và Dân vận Trung ương", "các cơ quan liên quan"],
    None, "TuyenTruyen"),
  T("II.9", "Các bộ, cơ quan ngang bộ theo chức năng, nhiệm vụ",
    ["Các bộ, cơ quan ngang bộ"], ["Bộ Nội vụ"], None, "BanHanhVanBan"),
]
write(SRC, doc, tasks)
