"""Labels of corpus/reports/blind/bcb02 (written for testing by labels7): Sở Văn hóa, Thể thao và Du lịch Cần Thơ
answering KH 159/KH-UBND (realdocs2 07) in its own order, with hard line breaks and a page number inside the text.
Its tasks: V.3.1–3 (its own heading) and V.5.1–3 ("Các Sở, ngành, đơn vị liên quan", a group it belongs to)."""
from reportkit import P, write
passages = [
  P("Sở đã mở chuyên mục", "V.3.3", "done", "2025-12-01", ["III.2.7"]),
  P("3120/SVHTTDL-QLBC ngày 28/11/2025 định hướng Báo và Phát thanh,", "V.3.1", "done", "2025-11-28"),
  P("thanh, Truyền hình Cần Thơ đã phát sóng 09 phóng sự", "V.3.1", "done", None, ["III.2.4"]),
  P("Sở đã ban hành Kế hoạch số 402/KH-SVHTTDL ngày", "V.5.1", "done", "2025-12-02"),
  P("lắp đặt 45 pa-nô, băng rôn tuyên truyền", "III.2.2", "done", "2025-12-10"),
  P("Việc kiểm tra, giám sát việc triển khai kế hoạch truyền thông tại", "V.5.2", "in_progress"),
  P("Hoạt động nói chuyện chuyên đề, đối thoại chính sách", "III.2.3", "not_done"),
  P("Ngoài các nhiệm vụ được giao, Sở đã in và phát hành", None, "done"),
  P("ghép vào báo cáo công tác giảm nghèo năm 2025 của Sở", "V.5.3", "in_progress"),
  P("đề nghị Sở Nông nghiệp và Môi trường sớm cung cấp", None, None),
]
write("bcb02-svhttdl-cantho-kh159-khong-theo-muc", "07_kehoach-159-KH-UBND-CanTho-2025.json",
      "Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ",
      "its own order; hard line breaks mid-sentence; a page number line inside the text",
      passages, ["V.3.2"], ["Sở Văn hóa, Thể thao và Du lịch (V.3)", "Các Sở, ngành, đơn vị liên quan (V.5)"])
