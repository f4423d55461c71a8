"""Blind labels for realdocs8 04: Công văn 7432/UBND-XD of the Lào Cai People's Committee (21/7/2026) on carrying out
Quyết định 1074/QĐ-BXD (technical fire-safety solutions for non-compliant buildings): "Chủ tịch Ủy ban nhân dân tỉnh
yêu cầu … tập trung thực hiện một số nhiệm vụ sau:" over two owner headings, each over unnumbered paragraphs, and a
numbered closing "Tổ chức thực hiện". pdftotext layout text with the converter's first line, from Trangsct/skill-sct.
Annotator annot10; see NOTES.md (realdocs8)."""
from labelkit import T, D
from r8kit import A as _A, R, write
SRC = "04_congvan-7432-UBND-XD-LaoCai-2026-trien-khai-QD1074-BXD-phong-chay.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "CongVan", "number": "7432/UBND-XD", "issuer": "Ủy ban nhân dân tỉnh Lào Cai", "place": "Lào Cai",
  "issuedOn": "2026-07-21",
  "title": "V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng ban hành các giải pháp kỹ thuật nâng cao an toàn phòng cháy, chữa cháy đối với các cơ sở, công trình không bảo đảm yêu cầu về phòng cháy và chữa cháy",
  "signer": {"name": "Phan Trung Bá", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [R("QuyetDinh", "1074/QĐ-BXD", "2026-06-29", "Bộ Xây dựng", "implements")],
  "recipients": ["Như trên", "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh (phụ trách XD)",
                 "Chánh VP, Phó CVP UBND tỉnh (Đ/c Minh)", "Lưu: VT, TH, XD(Đông)"],
}
KT = "KiemTraGiamSat"
DL = lambda txt: D("date", txt, "2028-07-01")
tasks = [
  # 1: a heading wrapped over two lines naming three owners; its two paragraphs (the second opens "Đối với …,",
  # no owner heading) are one item's text.
  T("1", A(38), ["Công an tỉnh", "các sở, ban, ngành, đoàn thể tỉnh", "Ủy ban nhân dân các xã, phường"], [],
    DL("chậm nhất đến ngày 01 tháng 7 năm 2028"), KT),
  # 2: "Giao Sở Xây dựng" over two paragraphs.
  T("2", A(52), ["Sở Xây dựng"], ["Công an tỉnh", "các sở, ngành, địa phương có liên quan"],
    DL("trước ngày 01 tháng 7 năm 2028"), KT),
  # 3 "Tổ chức thực hiện": a bare call naming its addressees with semicolons, then the difficulties notice -> no task.
]
write(SRC, doc, tasks)
