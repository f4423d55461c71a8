"""Labels of corpus/reports/blind/bcb03 (written for testing by labels7): UBND tỉnh Bắc Ninh answering QĐ 2629/QĐ-TTg
(realdocs2 18) as one of "Các bộ, ngành, địa phương". Its tasks: the items whose lead contains that group (IV.2.1–8,
IV.5 and 19 PHỤ LỤC II rows). Passages about appendix work name the PL2 row (the copy with owners) and give the
body twin in III as an alternative; a passage about a plan task of another lead (PL2.III.4, Bộ Công an) names it too."""
from reportkit import P, write
passages = [
  P("giao nhiệm vụ cụ thể cho các sở, ngành, UBND các xã, phường", "IV.2.1", "done"),
  P("UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND ngày 26/12/2025", "IV.2.2", "done", "2025-12-26"),
  P("Khung kiến trúc chính quyền số tỉnh Bắc Ninh phiên bản 4.0", "PL2.I.5", "done", "2026-05-15", ["III.1.5"]),
  P("Dự thảo Chiến lược dữ liệu của tỉnh đang được lấy ý kiến", "PL2.I.6", "in_progress", None, ["III.1.6"]),
  P("riêng hồ sơ địa chính đã số hóa được 78%", "PL2.II.1", "in_progress", None, ["III.2.1"]),
  P("được số hóa đạt 96%, chưa đạt mục tiêu 100%", "PL2.II.2", "in_progress", None, ["III.2.2"]),
  P("Kế hoạch công bố dữ liệu mở của tỉnh năm 2026 - 2027", "PL2.II.3", "done", "2026-06-28", ["III.2.3"]),
  P("Tỉnh chưa xây dựng được cơ chế, chính sách khuyến khích", "PL2.II.4", "not_done", None, ["III.2.4"]),
  P("đã hoàn thành nâng cấp và vận hành trên nền tảng mới", "PL2.III.27", "done", "2025-12-30", ["III.3.b.1"]),
  P("Nền tảng tổng hợp, phân tích dữ liệu cấp tỉnh đang được xây dựng", "PL2.III.28", "in_progress", None, ["III.3.b.2"]),
  P("chia sẻ dữ liệu cấp tỉnh (LGSP) đã được nâng cấp", "PL2.III.29", "done", None, ["III.3.b.3"]),
  P("Trung tâm giám sát, điều hành thông minh (IOC)", "PL2.III.30", "in_progress", None, ["III.3.b.4"]),
  P("Nền tảng AI cấp tỉnh chưa được triển khai", "PL2.III.31", "not_done", None, ["III.3.b.5"]),
  P("thí điểm trợ lý ảo hướng dẫn thủ tục hành chính", "PL2.III.4", "in_progress", None, ["III.3.a.1.4"]),
  P("Việc chuẩn hóa, tái cấu trúc quy trình nghiệp vụ", "IV.2.3", "in_progress"),
  P("Tỉnh đã rà soát và cắt giảm 11 chế độ báo cáo", "IV.2.4", "done"),
  P("cổng kết nối dịch vụ chứng thực chữ ký số công cộng ngày 31/8/2026", "IV.2.6", "done", "2026-08-31"),
  P("100% xã, phường đã bố trí công chức phụ trách chuyển đổi số", "PL2.VI.2", "done", None, ["III.6.2"]),
  P("tỉnh đã tổ chức 14 lớp bồi dưỡng kỹ năng số", "PL2.VI.6", "done", None, ["III.6.6"]),
  P("Tỉnh đang chuyển dần sang hình thức thuê dịch vụ", "IV.2.8", "in_progress"),
  P("Tổ chức thành công Ngày hội chuyển đổi số tỉnh Bắc Ninh", None, "done", "2026-10-10"),
  P("Ký thỏa thuận hợp tác với 03 doanh nghiệp công nghệ số", None, "done"),
  P("UBND tỉnh Bắc Ninh báo cáo tình hình triển khai năm 2026", "IV.5", "done"),
  P("Đề nghị Bộ Khoa học và Công nghệ sớm ban hành", None, None),
  P("Đề nghị Bộ Công an hỗ trợ tỉnh kết nối Kho dữ liệu", None, None),
]
silent = ["IV.2.5", "IV.2.7", "PL2.I.12", "PL2.III.32", "PL2.IV.1", "PL2.IV.5"]
write("bcb03-ubnd-bacninh-qd2629-nhom-dia-phuong", "18_quyetdinh-chuongtrinh-2629-QD-TTg-ThuTuong-2025.json",
      "Ủy ban nhân dân tỉnh Bắc Ninh",
      "a province answering as one of the owner group 'Các bộ, ngành, địa phương'; its own topic order; other work",
      passages, silent, ["Các bộ, ngành, địa phương (IV.2, IV.5 and PHỤ LỤC II rows led by the group)"])
