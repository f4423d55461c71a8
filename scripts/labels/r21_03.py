"""Blind labels for realdocs21 03: Công văn 2862/TCT-HTQT (OCR "/ICT-HTQT"; 04/7/2024, the day read "OF") of the Tổng
cục Thuế to the provincial tax departments, a notice of when the multilateral convention on mutual administrative
assistance in tax matters (MAAC) took effect and applies: two basis paragraphs, the notice of the two dates as fields,
the list sent with it, one closing request, then a four-page table of the 87 signatories. Tesseract OCR under the tax
collection's front matter. Annotator annot23; see NOTES.md (realdocs21)."""
from labelkit import T
from r21kit import A as _A, R, L as _L, write
SRC = "03_congvan-2862-TCT-HTQT-2024-thong-bao-hieu-luc-Hiep-dinh-MAAC-ocr.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  # The subject line "Viv thông báo hiệu lực …" (the OCR's "V/v") and "gửi kèm công văn này" → CongVan; the symbol
  # "ICT-HTQT" is no kind symbol.
  "kind": "CongVan",
  # "Số: 2862 /ICT-HTQT" → as the OCR gives it (realdocs18's convention; alternative "2862/TCT-HTQT", the file name's
  # TCT).
  "number": "2862/ICT-HTQT",
  "issuer": "Tổng cục Thuế",
  # "Hà Nội. ngày OF tháng 7 năm 2024": the day unreadable → issuedOn null (alternative 2024-07-04 from the file name).
  "place": "Hà Nội", "issuedOn": None,
  "title": "Viv thông báo hiệu lực của Hiệp định đa phương về hỗ trợ hành chính thuế.",
  # "Noi nhận: TL. TONG CUC TRUONG" beside the label, the name under the list, no title line → capacity alone with the
  # name (position null: she signs for the head), the name as written ("Trân", the OCR's "Trần").
  "signer": {"name": "Trân Thị Thanh Bình", "position": None, "capacity": "TL. Tổng cục trưởng"},
  # "Căn cứ Thông báo số 08/2024/TB-LPQT ngày 26/01/2024 của Bộ Ngoại giao" → Other (a notice), basis. The convention's
  # "Điều 28" has no number of a document.
  "references": [R("Other", "08/2024/TB-LPQT", "2024-01-26", "Bộ Ngoại giao", "basis")],
  # Items without their dash; the OCR's ":" for ";" dropped like the semicolon, and the tails "a" (first) and "can -"
  # (last) dropped (alternative as written).
  "recipients": ["Như trên", "Phó Tống cục trưởng Vũ Chi Hùng (dé b/c)", "Các Vụ: PC. CST, HTQT, TCDN, QLN (BTC)",
                 "Các Vụ va don vị thuộc, trực thuộc TCT", "Dai diện Van phòng TCT tại TP. HCM", "Lưu: VT. HTOQT."],
}
tasks = [
  # "Tổng cục Thuế thông bao để Cục Thuế … biết ngày có hiệu lực … như sau:" and its two fields ("Ngày Hiệp định MAAC
  # có hiệu lực …: từ ngày 01/12/2023.", "Ngày áp dụng …: bắt đầu từ ngày 01/01/2024.") inform → none; "Tổng cục Thuế
  # gửi kèm công văn này danh sách …" states what is attached → none.
  # The closing "Đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương trién khai thực hiện Hiệp định MAAC theo
  # đúng các quy định về hiệu lực và ngày áp dụng như đã nêu trên./.": the letter's one request — apply the convention
  # from the dates it gives — a paragraph in which a body is asked, `requested`, path 1 (**alternative** none: a bare
  # call of 21 words after the name to carry out what the letter says; the label reads it as naming its own work, the
  # convention to apply, not the letter). The dates are when the convention applies, no deadline → Khac.
  T("1", A(L("Đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương trién")),
    ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"], [], None, "Khac", mode="requested"),
  # The table's rows, footnotes and "Ghi chú: Cơ quan thuế Việt Nam (Tống cục Thuế) có thê thực hiện trao đổi thông tin
  # …" (what the office may do) → none.
]
write(SRC, doc, tasks)
