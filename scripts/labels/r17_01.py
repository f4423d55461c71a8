"""Blind labels for realdocs17 01: Quyết định 7/QĐ-BQLCKCN of the Ban Quản lý các khu công nghiệp tỉnh Lào Cai
(15/01/2026) establishing the council that appraises the industrial-zone plans: Điều 1 (establishment and make-up, 1-2),
Điều 2 ("Nhiệm vụ, quyền hạn và nguyên tắc hoạt động của Hội đồng thẩm định:" 1-6), Điều 3 ("Trách nhiệm của cơ quan
thường trực và các cơ quan liên quan:" 1-2), Điều 4 (effect and execution), then an appendix naming some forty members
by person, title and body. Raw pdftotext layout with the converter's first line and form feeds at the starts of pages
2-4, from Trangsct/skill-sct. Annotator annot19; see NOTES.md (realdocs17)."""
from labelkit import T
from r17kit import A as _A, R, L as _L, write
SRC = "01_quyetdinh-7-QD-BQLCKCN-LaoCai-2026-thanh-lap-hoi-dong-tham-dinh-quy-hoach-KCN.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
CP, LC, B = "Chính phủ", "Ủy ban nhân dân tỉnh Lào Cai", "basis"
doc = {
  # No plan, programme or scheme is issued → kind QuyetDinh, tasks from the articles.
  "kind": "QuyetDinh", "number": "7/QĐ-BQLCKCN",
  # Header "UBND TỈNH LÀO CAI" over "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP": the unit is the issuer, with the committee's place.
  "issuer": "Ban Quản lý các khu công nghiệp tỉnh Lào Cai",
  "place": "Lào Cai", "issuedOn": "2026-01-15",
  "title": "Về việc thành lập Hội đồng thẩm định Quy hoạch các khu công nghiệp do Ban Quản lý các khu công nghiệp tỉnh Lào Cai quản lý",
  # "TRƯỞNG BAN" over the name, no TM./KT. line (alternative position spelling "Trưởng Ban").
  "signer": {"name": "Đỗ Việt Bách", "position": "Trưởng ban", "capacity": None},
  "references": [
    # The two laws are cited without a number ("Luật tổ chức chính quyền địa phương ngày 16/6/2025", "Luật Quy hoạch đô
    # thị và nông thôn ngày 26/11/2024") → not cited by kind and number, none.
    R("NghiDinh", "178/2025/NĐ-CP", "2025-07-01", CP, B),
    R("NghiDinh", "35/2022/NĐ-CP", "2022-05-28", CP, B),
    R("QuyetDinh", "245/QĐ-UBND", "2025-07-01", LC, B),
    # Second decision in the same "Căn cứ" paragraph, after a semicolon → basis too.
    R("QuyetDinh", "16/2025/QĐ-UBND", "2025-08-08", LC, B),
    # "Theo đề nghị của Phòng Nghiệp vụ tại Tờ trình số 01/TTr-NV ngày 13 tháng 01 năm 2026" (earlier labels: a Tờ
    # trình is kind Other, its unit the issuer, mentions).
    R("Other", "01/TTr-NV", "2026-01-13", "Phòng Nghiệp vụ"),
  ],
  "recipients": ["Như Điều 4", "UBND tỉnh", "Lãnh đạo Ban", "Cổng Thông tin điện tử tỉnh", "Lưu VT, NV."],
}
HD = ["Hội đồng thẩm định"]
BH, K, BM = "BanHanhVanBan", "Khac", "ToChucBoMay"
tasks = [
  # Điều 1 "Thành lập Hội đồng thẩm định … gồm các thành viên sau:" decides; 1 (who the council is made of) is make-up;
  # 2 "Tùy theo mục tiêu, tính chất và quy mô … thì Chủ tịch Hội đồng thẩm định xem xét mời các chuyên gia … tham dự với
  # vai trò là thành viên" widens the make-up at the chair's discretion → no task (alternative: a task led by "Chủ tịch
  # Hội đồng thẩm định", ToChucBoMay; the appendix's item 4 repeats it and would then be one too).
  # Điều 2, a section titled by whose tasks it holds ("Nhiệm vụ, quyền hạn và nguyên tắc hoạt động của Hội đồng thẩm
  # định"); each item with its own subject keeps it.
  # 2.1: the council appraises the plans' tasks and designs → appraisal on the way to approving a plan, BanHanhVanBan
  # (label NOTES precedent "Thẩm định … đồ án quy hoạch"; alternative KiemTraGiamSat).
  T("2.1", A(L("1. Hội đồng thẩm định làm việc theo chế độ tập thể")), HD, [], None, BH),
  # 2.2: the chair runs the meetings and concludes in writing → Khac (alternative BanHanhVanBan, the written conclusion).
  T("2.2", A(L("2. Chủ tịch Hội đồng thẩm định điều hành")), ["Chủ tịch Hội đồng thẩm định"], [], None, K),
  # 2.3: "Thành viên Hội đồng thẩm định có trách nhiệm nghiên cứu hồ sơ, cho ý kiến …" → the members lead (a title,
  # like the officials of officialTitles; alternative lead "Hội đồng thẩm định" from the heading). Commenting on the
  # plans under appraisal → BanHanhVanBan, as 2.1 (alternative Khac).
  T("2.3", A(L("3. Thành viên Hội đồng thẩm định có trách nhiệm")), ["Thành viên Hội đồng thẩm định"], [], None, BH),
  # 2.4 "Nội dung thẩm định … theo quy định tại Luật …; Kết luận của Hội đồng … là một trong những cơ sở …": states what
  # the appraisal covers and what its conclusion is for → no task. 2.5 "Hội đồng thẩm định sử dụng con dấu, bộ máy tổ
  # chức, cơ sở vật chất của Ban Quản lý …": a working principle (what the council may use), nothing to report as done
  # → no task (alternative: a task led by the council, Khac). 2.6 "Kinh phí hoạt động của Hội đồng thẩm định: Thực hiện
  # theo quy định …": a funding field naming no owner → none.
  # Điều 3.1: "Ban Quản lý các khu công nghiệp là cơ quan thường trực …, có trách nhiệm bảo đảm điều kiện hoạt động …,
  # tổ chức họp, lấy ý kiến thẩm định; dự thảo, trình ban hành các văn bản, thông báo và báo cáo thẩm định …" → the
  # Ban leads (named as written, without the place; the "là cơ quan thường trực" after it says what it is). Running
  # the council's secretariat → Khac (alternatives ToChucBoMay; BanHanhVanBan for the drafting it also names).
  T("3.1", A(L("1. Ban Quản lý các khu công nghiệp là cơ quan thường trực")), ["Ban Quản lý các khu công nghiệp"], [],
    None, K),
  # 3.2: "Thủ trưởng các cơ quan, đơn vị tại Điều 1 Quyết định này có trách nhiệm cử thành viên … và thông báo cho Ban
  # Quản lý …" → the heads lead, the name ending before "tại Điều 1" (alternative with it: "Thủ trưởng các cơ quan, đơn
  # vị tại Điều 1 Quyết định này"); the Ban is told, not a support. Sending members → ToChucBoMay.
  T("3.2", A(L("2. Thủ trưởng các cơ quan, đơn vị tại Điều 1")), ["Thủ trưởng các cơ quan, đơn vị"], [], None, BM),
  # Điều 4: effect and the execution clause ("Trưởng phòng Nghiệp vụ …; các cơ quan, đơn vị có liên quan và các thành
  # viên … chịu trách nhiệm thi hành Quyết định này./.") → none. Appendix: the members named one by one ("- Ông Vũ Lân -
  # Phó Giám đốc Sở Tài chính;") are make-up, no tasks; its item 4 repeats Điều 1.2 (none, as there); item 5 "Tổ kỹ
  # thuật giúp việc, thư ký Hội đồng: Phòng Nghiệp vụ - Ban Quản lý …" names who holds a role → none.
]
write(SRC, doc, tasks)
