"""Blind labels for realdocs13 04: Công văn 2496/UBND-KT of the Ủy ban nhân dân tỉnh Lào Cai (6/4/2026) passing on the
Bộ Công Thương's letter 2265/BCT-ATMT (realdocs13 03): one paragraph "Giao Sở Công Thương chủ trì, phối hợp … và báo
cáo Uỷ ban nhân dân tỉnh trước ngày 15/4/2026.", then the closing "Căn cứ nội dung văn bản, Sở Công Thương tổ chức thực
hiện./.". pdftotext text with the converter's first line, from Trangsct/skill-sct. Annotator annot15; see NOTES.md
(realdocs13)."""
from labelkit import T, D
from r13kit import A as _A, R, L as _L, write
SRC = "04_congvan-2496-UBND-KT-LaoCai-2026-trien-khai-cap-phep-van-chuyen-hang-nguy-hiem.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "CongVan", "number": "2496/UBND-KT", "issuer": "Ủy ban nhân dân tỉnh Lào Cai", "place": "Lào Cai",
  "issuedOn": "2026-04-06",
  "title": "V/v triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hoá nguy hiểm loại 1,2,3,4,9",
  # "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG" / name: the capacity line right above the position
  # (r10-03 convention; alternative "TL. Chủ tịch").
  "signer": {"name": "Bùi Ngọc Hùng", "position": "Phó Chánh Văn phòng", "capacity": "KT. Chánh Văn phòng"},
  # "Văn bản số 2265/BCT-ATMT ngày 02/4/2026 của Bộ Công Thương" (cited twice): received, then named as the request
  # to carry out -> mentions (the opening tells what was received, no "Thực hiện …").
  "references": [R("CongVan", "2265/BCT-ATMT", "2026-04-02", "Bộ Công Thương")],
  "recipients": ["Như trên", "Chủ tịch UBND tỉnh", "Phó CTUBND tỉnh Ngô Hạnh Phúc", "Chánh VP, Phó CVP (đ/c Hùng)",
                 "Lưu: VT, KT (Long)."],
}
tasks = [
  T("1", A(L("Giao Sở Công Thương chủ trì, phối hợp")), ["Sở Công Thương"], ["các cơ quan, đơn vị, địa phương"],
    D("date", "trước ngày 15/4/2026", "2026-04-15"), "Khac"),
]
# "Căn cứ nội dung văn bản, Sở Công Thương tổ chức thực hiện./.": a bare call -> no task.
write(SRC, doc, tasks)
