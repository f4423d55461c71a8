"""Blind labels for realdocs7 02: Công văn 4390/UBND-NLN of the Lào Cai People's Committee (27/5/2026) on carrying out
Nghị định 180/2026/NĐ-CP (forest carbon absorption services): "Chủ tịch Ủy ban nhân dân tỉnh giao:" over four owner
items, then a bare closing call. pdftotext layout text from Trangsct/skill-sct. Annotator annot9; see NOTES.md
(realdocs7)."""
from labelkit import T, D
from r7kit import A as _A, R, write
SRC = "02_congvan-4390-UBND-NLN-LaoCai-2026-trien-khai-ND180-cac-bon-rung.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "CongVan", "number": "4390/UBND-NLN", "issuer": "Ủy ban nhân dân tỉnh Lào Cai", "place": "Lào Cai",
  "issuedOn": "2026-05-27",
  "title": "V/v tổ chức triển khai thực hiện Nghị định số 180/2026/NĐ-CP ngày 21/5/2026 của Chính phủ quy định về dịch vụ hấp thụ và lưu giữ các-bon của rừng",
  "signer": {"name": "Phan Trung Bá", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [R("NghiDinh", "180/2026/NĐ-CP", "2026-05-21", "Chính phủ", "implements")],
  "recipients": ["Như trên", "Chủ tịch UBND tỉnh", "Đ/c Phan Trung Bá - PCT UBND tỉnh",
                 "CVP, Phó CVP UBND tỉnh (đ/c Khanh)", "Chi cục Kiểm lâm", "Quỹ Bảo vệ rừng và Môi trường",
                 "Các BQL rừng phòng hộ, đặc dụng", "Lưu: VT, NLN (Thành)"],
}
K, TT = "Khac", "TuyenTruyen"
SNN = "Sở Nông nghiệp và Môi trường"
tasks = [
  # The addressee bullets under "Kính gửi:" are no tasks; the items after "Chủ tịch Ủy ban nhân dân tỉnh giao:" are.
  T("1", A(17), [SNN], [], None, K),
  T("2", A(22), ["Các sở, ban, ngành cấp tỉnh"], [SNN], None, K),
  T("3", A(25), ["Vườn quốc gia Hoàng Liên", "các Công ty Lâm nghiệp"], [], None, K),
  T("4", A(28), ["Ủy ban nhân dân các xã, phường"], [], None, TT),
  # "Căn cứ nội dung chỉ đạo trên, yêu cầu các sở, ngành, … triển khai thực hiện./." is a bare closing call.
]
write(SRC, doc, tasks)
