"""Blind labels for realdocs11 03: Công văn 8129/UBND-KT of the Ủy ban nhân dân tỉnh Lào Cai (10/8/2026) assigning the
verification of a quarrying company's complaint. One unnumbered paragraph "… Chủ tịch Ủy ban nhân dân tỉnh giao Sở
Nông nghiệp và Môi trường chủ trì, phối hợp với … Báo cáo kết quả … trước ngày 30/8/2026 …", then a closing call
("Yêu cầu Sở …, … triển khai thực hiện./."). pdftotext text, from Trangsct/skill-sct. Annotator annot13; see NOTES.md
(realdocs11)."""
from labelkit import T, D
from r11kit import R, write
SRC = "03_congvan-8129-UBND-KT-LaoCai-2026-kiem-tra-xac-minh-kien-nghi-Dai-Dong-Tien.txt"
doc = {
  "kind": "CongVan", "number": "8129/UBND-KT", "issuer": "Ủy ban nhân dân tỉnh Lào Cai", "place": "Lào Cai",
  "issuedOn": "2026-08-10",
  "title": "V/v kiểm tra, xác minh các nội dung theo kiến nghị của Công ty TNHH Đại Đồng Tiến",
  "signer": {"name": "Nguyễn Thành Sinh", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  # "Văn bản số 28/CV-ĐĐT ngày 04/8/2026" (cited twice): a letter (/CV-), no "của" -> issuer null.
  "references": [R("CongVan", "28/CV-ĐĐT", "2026-08-04", None)],
  "recipients": ["Như trên", "Chủ tịch UBND tỉnh", "Phó CT UBND tỉnh Nguyễn Thành Sinh", "Thanh tra tỉnh",
                 "Chánh, Phó CVP UBND tỉnh (đ/c Tú, Bích)", "Lưu: VT, KTThủy."],
}
tasks = [
  # "giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng, Sở Công Thương, Ủy ban nhân dân xã Văn
  # Chấn và các cơ quan, đơn vị có liên quan tổ chức xác minh, … xử lý … Báo cáo kết quả … trước ngày 30/8/2026".
  T("1", "Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ lấn chiếm", ["Sở Nông nghiệp và Môi trường"],
    ["Sở Xây dựng", "Sở Công Thương", "Ủy ban nhân dân xã Văn Chấn", "các cơ quan, đơn vị có liên quan"],
    D("date", "trước ngày 30/8/2026", "2026-08-30"), "KiemTraGiamSat"),
]
# The closing "Yêu cầu Sở …, Ủy ban nhân dân xã Văn Chấn, các cơ quan, đơn vị liên quan triển khai thực hiện./." is a
# bare call (no task).
write(SRC, doc, tasks)
