"""Blind labels for realdocs17 03: Quyết định 904/QĐ-UBND of the Ủy ban nhân dân tỉnh Lào Cai (26/8/2025) authorising
the director of the Sở Công Thương to set up the teams that appraise food-safety certificates: Điều 1 the
authorisation, Điều 2 its term, Điều 3 "Điều kiện ủy quyền" (four unowned conditions), Điều 4 the director's
responsibility, Điều 5 effect and execution. Raw pdftotext layout (no converter line), the page number "2" on its own
line with a form feed before it and one at the very end, from Trangsct/skill-sct. Annotator annot19; see NOTES.md
(realdocs17)."""
from labelkit import T
from r17kit import A as _A, R, L as _L, write
SRC = "03_quyetdinh-904-QD-UBND-LaoCai-2025-uy-quyen-thanh-lap-doan-tham-dinh-ATTP.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
CP, BCT, B = "Chính phủ", "Bộ trưởng Bộ Công Thương", "basis"
doc = {
  "kind": "QuyetDinh", "number": "904/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Lào Cai",
  "place": "Lào Cai", "issuedOn": "2025-08-26",
  "title": "Về việc ủy quyền cho Giám đốc Sở Công Thương thành lập Đoàn thẩm định cấp giấy chứng nhận cơ sở đủ điều "
           "kiện an toàn thực phẩm",
  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" beside the recipients: the KT. line is the capacity
  # (realdocs15 03's convention for TM. over KT.).
  "signer": {"name": "Ngô Hạnh Phúc", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    # The two laws are cited without a number → none.
    R("NghiDinh", "15/2018/NĐ-CP", "2018-02-02", CP, B),
    R("NghiDinh", "17/2020/NĐ-CP", "2020-02-05", CP, B),
    # Also cited in Điều 1 (same number, one reference; the "Căn cứ" gives the relation).
    R("NghiDinh", "146/2025/NĐ-CP", "2025-06-12", CP, B),
    R("ThongTu", "38/2025/TT-BCT", "2025-06-19", BCT, B),
    # "…; Căn cứ Thông tư số 43/2018/TT-BCT ngày 15/11/2018 của Bộ trưởng Bộ Công Thương …" joined on the 38's line.
    R("ThongTu", "43/2018/TT-BCT", "2018-11-15", BCT, B),
    R("QuyetDinh", "05/2025/QĐ-UBND", "2025-07-01", "Ủy ban nhân dân tỉnh Lào Cai", B),
    # "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 920 /TTr-SCT ngày 15/8/2025" → Other, mentions; the
    # body named after "của" is the director (alternative "Sở Công Thương").
    R("Other", "920/TTr-SCT", "2025-08-15", "Giám đốc Sở Công Thương"),
  ],
  "recipients": ["Như Điều 5", "Chủ tịch UBND tỉnh", "Các PCT UBND tỉnh", "Lãnh đạo Văn phòng UBND tỉnh",
                 "Lưu: VT, KT(Long, Đức)."],
}
GD = ["Giám đốc Sở Công Thương"]
tasks = [
  # Điều 1 "Ủy quyền cho Giám đốc Sở Công Thương thành lập Đoàn thẩm định cấp giấy chứng nhận … trên địa bàn tỉnh Lào
  # Cai theo quy định tại …": the article hands the director work by name, as "Giao nhiệm vụ cho <officials> …" does
  # (and realdocs14 04's "Phân cấp cho <body> thực hiện …") → one task led by the director, assigned. Setting up the
  # appraisal teams → ToChucBoMay (alternative Khac). Alternative reading: a grant of power, no task.
  T("1", A(L("Điều 1. Ủy quyền cho Giám đốc Sở Công Thương"), "Điều 1."), GD, [], None, "ToChucBoMay"),
  # Điều 2 "Thời hạn ủy quyền": the authorisation's term (to 31/12/2025), not a task's deadline → none, and Điều 1
  # keeps a null deadline (alternative: Điều 1 due 2025-12-31).
  # Điều 3 "Điều kiện ủy quyền", an article titled like a section without tasks (conditions): 1 (compliance, no
  # owner), 2 ("Người được ủy quyền phải thực hiện đúng nội dung …; được sử dụng con dấu …": the authorised person's
  # bounds and rights, no body named), 3 "Chuẩn bị các nguồn lực …" and 4 "Báo cáo kết quả thực hiện nhiệm vụ được ủy
  # quyền cho Ủy ban nhân dân tỉnh theo quy định." (no owner) → no tasks (alternative: 3.3 and 3.4 tasks led by the
  # director, the authorised person of Điều 1; Khac and BaoCao).
  # Điều 4: "Giám đốc Sở Công Thương chịu trách nhiệm toàn diện …, có trách nhiệm công khai các nội dung được ủy quyền …
  # cho các tổ chức, cá nhân biết và thực hiện; tham mưu Ủy ban nhân dân tỉnh điều chỉnh hoặc chấm dứt nội dung ủy quyền
  # … khi có sự thay đổi …" → the director leads; the work it names first is making the authorisation public →
  # TuyenTruyen (alternative ThamMuu, its later "tham mưu", which does not lead the task).
  T("4", A(L("Điều 4. Giám đốc Sở Công Thương chịu trách nhiệm"), "Điều 4."), GD, [], None, "TuyenTruyen"),
  # Điều 5: effect and the execution clause ("Chánh Văn phòng …; Giám đốc Sở Công Thương; Thủ trưởng các sở …; Chủ tịch
  # Ủy ban nhân dân các xã, phường; … chịu trách nhiệm thi hành Quyết định này./.") → none.
]
write(SRC, doc, tasks)
