"""Blind labels for realdocs4 01: Quyết định 986/QĐ-UBND of the Chairman of the Tuyên Quang People's Committee
(13/8/2024) issuing the 2024-2025 school-year time plan, written out inside Điều 1 (thuvienphapluat text as crawled
by a chatbot project, markdown tables, a wrong collection heading). Annotator annot4; see corpus/labels/NOTES.md."""
from labelkit import T, D, write
from r3kit import anchor
SRC = "01_quyetdinh-kehoach-986-QD-UBND-TuyenQuang-2024-thoi-gian-nam-hoc.txt"
A = lambda ln: anchor(SRC, ln)
doc = {
  "kind": "KeHoach", "number": "986/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Tuyên Quang",
  "place": "Tuyên Quang", "issuedOn": "2024-08-13",
  "title": "THỜI GIAN NĂM HỌC 2024-2025 ĐỐI VỚI GIÁO DỤC MẦM NON, GIÁO DỤC PHỔ THÔNG VÀ GIÁO DỤC THƯỜNG XUYÊN ÁP DỤNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG",
  "signer": {"name": "Hoàng Việt Phương", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "QuyetDinh", "number": "2045/QĐ-BGDĐT", "issuedOn": "2024-08-01", "issuer": "Bộ trưởng Bộ Giáo dục và Đào tạo", "relation": "basis"},
    {"kind": "Other", "number": "107/TTr-SGDĐT", "issuedOn": "2024-08-09", "issuer": "Sở Giáo dục và Đào tạo", "relation": "mentions"},
  ],
  "recipients": [
    "Bộ Giáo dục và Đào tạo; (báo cáo)", "Thường trực Tỉnh uỷ; (báo cáo)", "Thường trực HĐND tỉnh; (báo cáo)",
    "Chủ tịch UBND tỉnh; (báo cáo)", "Các PCT UBND tỉnh", "Ủy ban MTTQ và các đoàn thể tỉnh", "Ban Tuyên giáo Tỉnh uỷ",
    "Thường trực Huyện uỷ, Thành uỷ", "Hội Khuyến học tỉnh", "Như Điều 3 (thực hiện)", "Báo Tuyên Quang",
    "Đài PTTH tỉnh", "Cổng TTĐT tỉnh", "Trưởng phòng: THVX, NC, THCBKSTTHC", "Lưu: VT, THVX (VB)",
  ],
}
K, TC = "Khac", "ToChucPhongTrao"
GD = ["Giám đốc Sở Giáo dục và Đào tạo"]
tasks = [
  # Điều 1 is the plan itself (label 19's convention for a programme written out inside Điều 1). It names no owner:
  # lead [] (gold 000 II). Items 8 (holidays by law) and 9 (teachers' leave) state rules, not work: not tasks.
  T("1.1", A(25), [], [], D("date", "Ngày 26/8/2024", "2024-08-26"), K, amb=True),      # lớp 1: 19/8/2024
  T("1.2", A(27), [], [], D("date", "Ngày 05/9/2024", "2024-09-05"), TC),
  # 1.3 "Thực hiện kế hoạch dạy học … 35 tuần thực học …, cụ thể:" is the intro of its two bullets.
  T("1.3.1", A(31), [], [], D("date", "kết thúc trước ngày 18/01/2025", "2025-01-18"), K),
  T("1.3.2", A(33), [], [], D("date", "kết thúc năm học trước ngày 31/5/2025", "2025-05-31"), K),
  T("1.4", A(35), [], [], D("date", "trước ngày 30/6/2025", "2025-06-30"), K),
  T("1.5", A(37), [], [], D("date", "trước ngày 31/7/2025", "2025-07-31"), K),
  T("1.6", A(39), [], [], None, K),
  T("1.7", A(41), [], [], None, K),
  # Điều 2 "Giao Giám đốc Sở Giáo dục và Đào tạo" is an owner heading over two numbered items.
  T("2.1", A(49), GD, [], None, K, amb=True),
  T("2.2", A(51), GD, ["Chủ tịch Ủy ban nhân dân huyện, thành phố", "thủ trưởng các ngành có liên quan"], None, K, amb=True),
  # Điều 3 (entry into force; "… chịu trách nhiệm thi hành Quyết định này") is decision boilerplate.
]
write(SRC, doc, tasks, prefix="r4-")
