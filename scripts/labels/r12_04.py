"""Blind labels for realdocs12 04: Công văn 9416/VPCP-QHQT of the Văn phòng Chính phủ (30/11/2023) conveying the Prime
Minister's opinion on the Việt Nam - Singapore pilot agreement under Article 6 of the Paris Agreement. After "Thủ tướng
Chính phủ có ý kiến như sau:" one paragraph "Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan liên quan
khẩn trương trao đổi, thống nhất … để sớm ký kết …; đồng thời nghiên cứu việc thành lập Tổ công tác liên ngành …", then
the notice line "Văn phòng Chính phủ thông báo … biết, thực hiện./.". HTML-to-Markdown text, from Trangsct/skill-sct.
Annotator annot14; see NOTES.md (realdocs12)."""
from labelkit import T, D
from r12kit import A, R, L as _L, write
SRC = "04_congvan-9416-VPCP-QHQT-2023-thoa-thuan-Dieu6-Paris-tin-chi-cac-bon-Singapore.txt"
doc = {
  "kind": "CongVan", "number": "9416/VPCP-QHQT", "issuer": "Văn phòng Chính phủ", "place": "Hà Nội",
  "issuedOn": "2023-11-30",
  "title": "V/v Thỏa thuận thí điểm thực hiện Điều 6 Thỏa thuận Paris về tín chỉ các bon Việt Nam - Singapore",
  "signer": {"name": "Cao Huy", "position": "Phó Chủ nhiệm", "capacity": "KT. Bộ trưởng, Chủ nhiệm"},
  "references": [],
  "recipients": ["Như trên", "TTgCP, PTTg Trần Lưu Quang (để b/c)",
                 "VPCP: BTCN, các PCN: Nguyễn Xuân Thành, Cao Huy; Trợ lý TTpCP; Vụ TH, Cục QT, Cổng TTĐT",
                 "Lưu: VT, QHQT (2). GT"],
}
ln = _L(SRC, "Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan liên quan khẩn trương")
tasks = [
  # "khẩn trương … để sớm ký kết": urgency, no date -> deadline null.
  T("1", A(SRC, ln), ["Bộ Tài nguyên và Môi trường"], ["các cơ quan liên quan"], None, "Khac"),
]
# The notice line "Văn phòng Chính phủ thông báo Bộ Tài nguyên và Môi trường biết, thực hiện./." is closing boilerplate.
write(SRC, doc, tasks)
