"""Blind labels for realdocs19 02: Quyết định 2736/QĐ-UBND of the Ủy ban nhân dân tỉnh Lào Cai (06/8/2026)
establishing the council (and its working group) that scores and selects the investor for the Mông Sơn industrial
cluster's infrastructure: Điều 1 make-up by person (1 the council 1.1–1.4, 2 the group 2.1–2.3); Điều 2 "Nhiệm vụ của
Hội đồng và Tổ giúp việc": 1 the council's duties as five "-" bullets, 2 the group's duties as two paragraphs; Điều 3
effect; Điều 4 execution clause. Raw pdftotext layout with the converter's first line, page numbers 2 and 3, form feeds,
from Trangsct/skill-sct. Annotator annot21; see NOTES.md (realdocs19)."""
from labelkit import T
from r19kit import A as _A, R, L as _L, write
SRC = "02_quyetdinh-2736-QD-UBND-LaoCai-2026-thanh-lap-hoi-dong-lua-chon-chu-dau-tu-CCN-Mong-Son.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
B, CP, LC = "basis", "Chính phủ", "Ủy ban nhân dân tỉnh Lào Cai"
doc = {
  "kind": "QuyetDinh", "number": "2736/QĐ-UBND", "issuer": LC, "place": "Lào Cai", "issuedOn": "2026-08-06",
  # The three lines under "QUYẾT ĐỊNH" joined (sentence case as written).
  "title": "Thành lập Hội đồng và Tổ giúp việc Hội đồng đánh giá lựa chọn chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp Mông Sơn, xã Bảo Ái, tỉnh Lào Cai",
  # "TM. ỦY BAN NHÂN DÂN" set beside "Nơi nhận:", "CHỦ TỊCH" beside the second recipient, the name under the list.
  "signer": {"name": "Nguyễn Tuấn Anh", "position": "Chủ tịch", "capacity": "TM. Ủy ban nhân dân"},
  "references": [
    # The law on local government is cited by date only → none.
    R("NghiDinh", "32/2024/NĐ-CP", "2024-03-15", CP, B),
    R("NghiDinh", "139/2025/NĐ-CP", "2025-06-12", CP, B),
    R("QuyetDinh", "525/QĐ-UBND", "2026-02-25", LC, B),
    R("QuyetDinh", "16/2026/QĐ-UBND", "2026-02-25", LC, B),
    # "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 4534/TTr-SCT ngày 29 tháng 7 năm 2026" → Other,
    # mentions, issuer the official named after "của" (r17-03's 920/TTr-SCT; alternative "Sở Công Thương", or null as
    # r16-01 read "Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình …").
    R("Other", "4534/TTr-SCT", "2026-07-29", "Giám đốc Sở Công Thương"),
  ],
  "recipients": ["Như Điều 4", "Chủ tịch UBND tỉnh", "Các Phó Chủ tịch UBND tỉnh", "CVP, CVP UBND tỉnh (Bích)",
                 "Lưu: VT, KT (T.Q.Hùng)."],
}
HD = ["Hội đồng"]
K = "Khac"
tasks = [
  # Điều 1: who the council and the group are (chair, deputies, members, secretary; leader, deputies, members), named
  # by person, title and body → make-up, no tasks; "(kiêm Tổ trưởng Tổ giúp việc Hội đồng)" is a role held.
  # Điều 2 "Nhiệm vụ của Hội đồng và Tổ giúp việc" / "1. Nhiệm vụ của Hội đồng": a section titled by whose tasks it holds
  # → lead "Hội đồng" (the short name Điều 1 sets: "(gọi tắt là Hội đồng và Tổ giúp việc)") for the bullets that name
  # none, mode assigned.
  # 2.1.1: draw up and issue the criteria for selecting the investor → BanHanhVanBan.
  T("2.1.1", A(L("Xây dựng, ban hành bộ tiêu chí lựa chọn")), HD, [], None, "BanHanhVanBan"),
  # 2.1.2: score and select the investor; answer to the committee for the result → Khac (alternative KiemTraGiamSat,
  # an evaluation).
  T("2.1.2", A(L("Tổ chức chấm điểm, lựa chọn chủ đầu tư")), HD, [], None, K),
  # 2.1.3: settle problems and complaints about the scores → Khac.
  T("2.1.3", A(L("Giải quyết các vướng mắc, khiếu nại")), HD, [], None, K),
  # 2.1.4 "Chủ tịch Hội đồng sử dụng con dấu của Ủy ban nhân dân tỉnh, các Phó Chủ tịch Hội đồng sử dụng con dấu của cơ
  # quan mình …" and 2.1.5 "Thành viên Hội đồng làm việc theo chế độ kiêm nhiệm, được hưởng các chế độ …. Hội đồng tự
  # giải thể sau khi hoàn thành nhiệm vụ." → working rules (which seal, part-time, dissolution), nothing to report done
  # → no tasks, as r17-01 read its council's seal clause (alternative: two tasks, Khac, led by the chair and deputies
  # and by the members).
  # "2. Nhiệm vụ của Tổ giúp việc Hội đồng" over two paragraphs and no bullets → the numbered item is one task, its
  # title's body the lead ("Nhiệm vụ của <body>"): "Giúp việc cho Hội đồng … Nhiệm vụ cụ thể do Chủ tịch Hội đồng phân
  # công." (the chair is who assigns, no owner); the second paragraph (part-time work, dissolution) is its continuation.
  # Assisting the council → Khac (alternative ToChucBoMay). Anchored in the first paragraph.
  T("2.2", A(L("Giúp việc cho Hội đồng trong quá trình hoạt động")), ["Tổ giúp việc Hội đồng"], [], None, K),
  # Điều 3 (effect) and Điều 4 (execution clause naming the office, the departments, the police, the commune, the
  # bodies concerned and the persons of Điều 1) → none.
]
write(SRC, doc, tasks)
