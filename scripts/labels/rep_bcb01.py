"""Labels of corpus/reports/blind/bcb01 (written for testing by labels7): Sở Nông nghiệp và Môi trường Đắk Lắk
answering KH 0134/KH-UBND (realdocs2 12) in the plan's own numbering."""
from reportkit import P, write
passages = [
  P("thu mẫu tại đủ 08 điểm quan trắc", "II.1.1.1.b.2", "done"),
  P("phân tích các chỉ tiêu thủy lý, thủy hóa và vi sinh 2 đợt/tháng", "II.1.1.1.c.1.1", "done"),
  P("kim loại nặng mới thực hiện 02/03 đợt", "II.1.1.1.c.1.2", "in_progress"),
  P("đã hoàn thành 26/26 đợt quan trắc mẫu nước tại 03 điểm", "II.1.1.2.c.1.1", "done", "2026-11-28"),
  P("Riêng mẫu trầm tích tầng đáy", "II.1.1.2.c.2", "not_done"),
  P("đã quan trắc đủ 07 điểm tại Ea Kao", "II.1.1.3.b.2", "done"),
  P("chưa triển khai quan trắc trong năm 2026 do cơ sở nuôi tạm dừng", "II.1.1.3.d", "not_done"),
  P("Sở đã chỉ đạo quan trắc đột xuất", "II.1.2.1", "done", None, ["II.1.2.2.1"]),
  P("đã được xử lý, đánh giá theo chỉ số VN-WQI", "II.2.1.1", "done", None, ["II.2.1.2"]),
  P("Việc cập nhật số liệu lên hệ thống cơ sở dữ liệu", "II.2.1.3", "in_progress"),
  P("Đã phát hành 18 bản tin cảnh báo môi trường", "II.2.2", "done"),
  P("Sở đã tổ chức 02 hội nghị tại phường Sông Cầu", "II.3.1", "done", "2026-09-22"),
  P("ban hành Quyết định số 412/QĐ-UBND ngày 20/02/2026", "IV.1.1", "done", "2026-02-20"),
  P("Kế hoạch quan trắc, cảnh báo môi trường năm 2026 được Sở ban hành", "IV.1.2", "done", "2026-03-05"),
  P("Kế hoạch năm 2027 đang được xây dựng", "IV.1.2", "in_progress"),
  P("Sở đang phối hợp với UBND các xã, phường ven đầm", "IV.1.3", "in_progress"),
  P("chưa triển khai do chưa có văn bản hướng dẫn của Bộ", "IV.1.4", "not_done"),
  P("Sở đã báo cáo UBND tỉnh và Bộ Nông nghiệp và Môi trường", "IV.1.5", "done"),
  P("đã ban hành 06 văn bản hướng dẫn phòng, chống dịch bệnh", "IV.1.8", "done"),
  P("xử lý 02 ổ dịch đốm trắng trên tôm nuôi", "IV.1.8", "done", "2026-07-17"),
  P("chưa tổ chức được lớp tập huấn riêng nào", "IV.1.9", "not_done"),
  P("kiểm tra chất lượng con giống tôm nước lợ tại 12 cơ sở", None, "done"),
  P("xây dựng 04 phóng sự về nuôi trồng thủy sản", None, "done"),
  P("Đề nghị UBND tỉnh bố trí kinh phí năm 2027", None, None),
]
write("bcb01-snnmt-daklak-kh0134-theo-muc", "12_kehoach-0134-KH-UBND-DakLak-2025.json",
      "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk", "follows the plan's numbering (II.1–II.3, IV.1.1–9 in order)",
      passages, ["IV.1.6", "IV.1.7"], ["Sở Nông nghiệp và Môi trường (IV.1)"])
