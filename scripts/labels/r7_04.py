"""Blind labels for realdocs7 04: Công văn 9387/UBND-KT of the Lào Cai People's Committee (15/9/2026) on carrying out
the provincial Party committee's Chương trình hành động 104-CTr/TU: "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo
như sau:" over two numbered items (an inline-owner item and a "Giao …" item with a date), then a bare closing call.
pdftotext text from Trangsct/skill-sct. Annotator annot9; see NOTES.md (realdocs7)."""
from labelkit import T, D
from r7kit import A as _A, R, write
SRC = "04_congvan-9387-UBND-KT-LaoCai-2026-trien-khai-CTr104.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "CongVan", "number": "9387/UBND-KT", "issuer": "Ủy ban nhân dân tỉnh Lào Cai", "place": "Lào Cai",
  "issuedOn": "2026-09-15",
  "title": "V/v triển khai thực hiện Chương trình hành độ số 104-CTr/Tu ngày 30/8/2026 của Tỉnh ủy Lào Cai",
  "signer": {"name": "Phan Trung Bá", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    R("Other", "104-CTr/Tu", "2026-08-30", "Tỉnh ủy Lào Cai", "implements"),
    R("CongVan", "2449-CV/ĐU", "2026-09-07", "Đảng ủy Ủy ban nhân dân tỉnh", "implements"),
  ],
  "recipients": ["Như trên", "Chủ tịch UBND tỉnh", "Phó CT UBND tỉnh Phan Trung Bá",
                 "Chánh, Phó CVP UBND tỉnh (Khanh)", "Lưu: VT, KTThủy"],
}
BH = "BanHanhVanBan"
tasks = [
  T("1", A(22), ["Các Sở, ban, ngành thuộc tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
                 "Ủy ban nhân dân các xã, phường"], [], None, BH),
  T("2", A(32), ["Sở Nông nghiệp và Môi trường"], ["các cơ quan, đơn vị, địa phương"],
    D("date", "trước ngày 05/10/2026", "2026-10-05"), BH),
  # "Căn cứ ý kiến chỉ đạo, yêu cầu các Sở, ngành, địa phương triển khai thực hiện./." is a bare closing call.
]
write(SRC, doc, tasks)
