"""Blind labels for realdocs13 03: Công văn 2265/BCT-ATMT of the Bộ Công Thương (2/4/2026, per the digital-signature
stamp; the OCR lost the number and the date) asking the provinces' People's Committees to carry out the dangerous-goods
transport permits decentralised to them by Thông tư 15/2026/TT-BCT. Two "-" bullets quote the circular; one
paragraph "Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh, thành phố …/." holds the request. Tesseract OCR with the
converter's "[OCR] …" first line and "===== Trang N =====" markers, from Trangsct/skill-sct. Annotator annot15; see
NOTES.md (realdocs13)."""
from labelkit import T
from r13kit import A as _A, R, L as _L, write
SRC = "03_congvan-2265-BCT-ATMT-2026-trien-khai-cap-phep-van-chuyen-hang-nguy-hiem-ocr.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  # "sẽ. 6 Đ5CT-ATMT : ChẾP =": the number's digits and slash are lost (no well-formed symbol) -> null; a "V/v" letter
  # -> CongVan. "Hà Nội, ngày0) thángh năm 2026": day and month lost -> issuedOn null (the stamp "02.04.2026" above the
  # header is no date line).
  "kind": "CongVan", "number": None, "issuer": "Bộ Công Thương", "place": "Hà Nội", "issuedOn": None,
  "title": "V/v triên khai thực hiện thủ tục câp Giấy phép vận chuyên hàng hóa nguy hiểm loại 1,2,3,4,9",
  # The scan kept the name only (no title or capacity line).
  "signer": {"name": "Trương Thanh Hoài", "position": None, "capacity": None},
  "references": [
    # "Bộ Công Thương ban hành Thông tư số 15/2026/TT-BCT ngày 25 tháng 3 năm 2026": no "của" -> issuer null.
    R("ThongTu", "15/2026/TT-BCT", "2026-03-25", None),
    R("ThongTu", "38/2025/TT-BCT", None, "Bộ trưởng Bộ Công Thương"),
    R("NghiDinh", "105/2025/NĐ-CP", None, "Chính phủ"),
    # "Quyết định số 555/QĐÐ-BCT ngày 26 tháng 3 năm 2026" (OCR doubled the Đ), kept as written.
    R("QuyetDinh", "555/QĐÐ-BCT", "2026-03-26", None),
  ],
  "recipients": ["Như trên", "Bộ trưởng (để b/c)", "Cục Cảnh sát giao thông (để p/h)",
                 "Cục Cảnh sát PCCC và CNCH (để p/h):", "Lưu: VT, ATMT."],
}
tasks = [
  # "Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh, thành phố hướng dẫn, tổ chức thực hiện cấp, … thu hồi giấy phép
  # … và tăng cường phối hợp với cơ quan liên quan trong quản lý, kiểm tra, xử lý vi phạm … theo đúng quy định pháp
  # luật./.": the letter's one request -> task "1" (r9-04 convention), requested.
  T("1", A(L("Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh")), ["Ủy ban nhân dân các tỉnh, thành phố"],
    ["cơ quan liên quan"], None, "Khac", mode="requested"),
]
# The two "-" bullets quote the circular (what it provides, when it takes effect): no tasks. The parenthesis after the
# request points to the attached procedures: no task.
write(SRC, doc, tasks)
