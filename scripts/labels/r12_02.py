"""Blind labels for realdocs12 02: Công văn of the Ủy ban nhân dân tỉnh Lào Cai (number and date left blank, 2025)
asking the Sở Công Thương to advise on delegating the training-certificate procedure for industrial explosives. One
paragraph "Giao Sở Công Thương chủ trì, phối hợp với Sở Tư pháp và các cơ quan có liên quan … nghiên cứu, tham mưu …
trình UBND tỉnh xem xét, quyết định trước ngày 15/9/2025.", then a closing call ("Căn cứ ý kiến chỉ đạo trên, … triển
khai thực hiện./."). Docx text (header, addressees and signature joined in " | " cells), from Trangsct/skill-sct.
Annotator annot14; see NOTES.md (realdocs12)."""
from labelkit import T, D
from r12kit import A, R, L as _L, write
SRC = "02_congvan-UBND-KT-LaoCai-2025-giao-SCT-tham-muu-uy-quyen-huan-luyen-VLNCN.txt"
doc = {
  "kind": "CongVan", "number": None, "issuer": "Ủy ban nhân dân tỉnh Lào Cai", "place": "Lào Cai",
  "issuedOn": None,
  "title": "V/v tham mưu uỷ quyền thủ tục kiểm tra, cấp giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công "
           "nghiệp",
  "signer": {"name": "Nguyễn Thành Sinh", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  # "Nghị định số 181/2024/NĐCP ngày 31/12/2024 và Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ": the
  # first number lost its hyphen in the source ("NĐCP"); kept as written. The laws are cited by name and date only.
  "references": [R("NghiDinh", "181/2024/NĐCP", "2024-12-31", "Chính phủ"),
                 R("NghiDinh", "146/2025/NĐ-CP", "2025-06-12", "Chính phủ")],
  "recipients": ["Như trên", "Chủ tịch UBND tỉnh", "PCT UBND tỉnh Nguyễn Thành Sinh", "CVP, PCVP UBND tỉnh (Bích)",
                 "Lưu: VT, KT(Nho)."],
}
ln = _L(SRC, "Giao Sở Công Thương chủ trì, phối hợp với Sở Tư pháp")
tasks = [
  T("1", A(SRC, ln), ["Sở Công Thương"], ["Sở Tư pháp", "các cơ quan có liên quan"],
    D("date", "trước ngày 15/9/2025", "2025-09-15"), "ThamMuu"),
]
# The opening ("Liên quan thủ tục …; Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:"), the addressees and the closing
# call "Căn cứ ý kiến chỉ đạo trên, Sở Công Thương và các đơn vị liên quan triển khai thực hiện./." give no task.
write(SRC, doc, tasks)
