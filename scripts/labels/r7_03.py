"""Blind labels for realdocs7 03: Công văn 2449-CV/ĐU of the Party Committee of the Lào Cai People's Committee (Đảng ủy
Ủy ban nhân dân tỉnh, 7/9/2026) on carrying out the provincial Party committee's Chương trình hành động 104-CTr/TU: a
Party letter of requests ("Đảng ủy Ủy ban nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng trực thuộc …
như sau:") over an owner heading with two bullets, a second owner heading with one own-subject paragraph, a "Giao …"
paragraph and a bare closing request. pdftotext text (two pages, one form feed) from Trangsct/skill-sct. Annotator
annot9; see NOTES.md (realdocs7)."""
from labelkit import T, D
from r7kit import A as _A, R, write
SRC = "03_congvan-2449-CV-DU-DangUyUBND-LaoCai-2026-trien-khai-CTr104.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "CongVan", "number": "2449-CV/ĐU", "issuer": "Đảng ủy Ủy ban nhân dân tỉnh", "place": "Lào Cai",
  "issuedOn": "2026-09-07",
  "title": "về việc triển khai thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai",
  "signer": {"name": "Nguyễn Hữu Long", "position": "Phó Bí thư", "capacity": "T/M Ban Thường vụ"},
  "references": [
    R("Other", "104-CTr/TU", "2026-08-30", "Tỉnh ủy Lào Cai", "implements"),
    R("KetLuan", "75-KL/TW", "2026-07-28", "Ban Chấp hành Trung ương Đảng khóa XIV"),
    R("Other", "31-CTr/TW", "2026-07-28", "Bộ Chính trị"),
  ],
  "recipients": ["Như trên (t/h)", "Thường trực Tỉnh ủy (để b/c)", "Thường trực Đảng ủy (để b/c)",
                 "Lãnh đạo Văn phòng UBND tỉnh", "Lãnh đạo Văn phòng Đảng ủy", "Lưu Văn phòng Đảng ủy"],
}
K, TT, BH, KT = "Khac", "TuyenTruyen", "BanHanhVanBan", "KiemTraGiamSat"
UB = "Ủy ban nhân dân tỉnh"
tasks = [
  # The "Kính gửi:" addressees are no tasks. A letter of requests: every item is "requested", its own "Giao …" stays
  # "assigned". 1 is an owner heading ("Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:"): the bodies
  # it directs are not owners.
  T("1.1", A(26), [UB], [], None, BH, mode="requested"),
  T("1.2", A(29), [UB], [], D("ongoing", "Thường xuyên"), KT, mode="requested"),
  # 2: owner heading without a colon over one paragraph with its own subject ("Các cấp ủy, tổ chức đảng chủ động …"),
  # which keeps it; "hằng năm" qualifies the yearly evaluation the targets go into, not the task.
  T("2", A(36), ["Các cấp ủy, tổ chức đảng"], [], None, TT, mode="requested"),
  # The unnumbered "Giao Ban xây dựng đảng Đảng ủy chủ trì, hướng dẫn …" paragraph after item 2: own subject and a
  # follow-up → a task at the items' level, path "3" (r5-01's "10" convention).
  T("3", A(44), ["Ban xây dựng đảng Đảng ủy"], [], None, TT),
  # "Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng nghiêm túc triển khai thực hiện." is a bare closing call.
]
write(SRC, doc, tasks)
