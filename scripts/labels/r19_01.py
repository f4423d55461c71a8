"""Blind labels for realdocs19 01: Quyết định 257/QĐ-BQLCKCN of the Ban Quản lý các khu công nghiệp tỉnh Lào Cai
(the third adjustment, "ngày 10 tháng 9 năm 2026" in the title's parenthesis; no date line) approving an adjusted
investment policy and investor for Mundus Stones' electrical-equipment plant in the Âu Lâu industrial zone: Điều 1,
four quoted amendments (address, site, legal representative, schedule with a capital table); Điều 2 "Tổ chức thực
hiện": 1 the investor's duties a.–h., 2 the board's units' duty in one paragraph; four footnote bodies; Điều 3 effect,
execution clause, copies. pdftotext layout under the uploader's "NGUỒN: …" note, page numbers 2–6, form feeds, from
Trangsct/skill-sct. Annotator annot21; see NOTES.md (realdocs19)."""
from labelkit import T
from r19kit import A as _A, R, L as _L, write
SRC = "01_quyetdinh-257-QD-BQLCKCN-LaoCai-2026-dieu-chinh-chu-truong-dau-tu-Mundus-Stones-KCN-Au-Lau.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)  # after: a letter marker "a." (r3kit drops only "a)" and "1.")
B, CP, LC = "basis", "Chính phủ", "Ủy ban nhân dân tỉnh Lào Cai"
YB = "Ban Quản lý các khu công nghiệp tỉnh Yên Bái"
doc = {
  "kind": "QuyetDinh", "number": "257/QĐ-BQLCKCN",
  # Header "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" over "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP" → the board, with the committee's place
  # (r17-01, the same board).
  "issuer": "Ban Quản lý các khu công nghiệp tỉnh Lào Cai",
  # No place-and-date line in the text (the signed PDF's date was not extracted; the uploader's note says so). The
  # title's "(điều chỉnh lần thứ 03: ngày 10 tháng 9 năm 2026)" is the adjustment's date, not a date line → issuedOn
  # null and place null, never guessed (alternative: 2026-09-10 from that parenthesis, place "Lào Cai" from the header).
  "place": None, "issuedOn": None,
  # "QUYẾT ĐỊNH CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ" / "ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ": the title after the kind
  # word, the two lines joined, capitals as written; the "(cấp lần đầu …)" / "(điều chỉnh lần thứ 03 …)" lines are no part.
  "title": "CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ",
  # "TRƯỞNG BAN" beside "Nơi nhận:", the name under the list, no TM./KT. (r17-01: "Trưởng ban", capacity null).
  "signer": {"name": "Đỗ Việt Bách", "position": "Trưởng ban", "capacity": None},
  "references": [
    R("Luat", "143/2025/QH15", "2025-12-11", None, B),
    # Also cited in Điều 2.1.a and 2.2 (one reference).
    R("NghiDinh", "96/2026/NĐ-CP", "2026-03-31", CP, B),
    R("ThongTu", "55/2026/TT-BTC", "2026-05-15", "Bộ trưởng Bộ Tài chính", B),
    R("QuyetDinh", "245/QĐ-UBND", "2025-07-01", LC, B),
    R("QuyetDinh", "16/2025/QĐ-UBND", "2025-08-08", LC, B),
    # "của UBND tỉnh Yên Bái" → the abbreviation expanded.
    R("QuyetDinh", "2078/QĐ-UBND", "2008-12-25", "Ủy ban nhân dân tỉnh Yên Bái", B),
    # One "Căn cứ" lists the three decisions being adjusted, the "của Ban Quản lý các khu công nghiệp tỉnh Yên Bái"
    # after the last standing for all three (alternative: issuer only on 140, the others null). 140 is wrapped
    # "140/QĐ-" / "BQLCKCN". All three again in Điều 1 and 3.1 (one reference each).
    R("QuyetDinh", "622/QĐ-BQLCKCN", "2020-07-31", YB, B),
    R("QuyetDinh", "503/QĐ-BQLCKCN", "2023-05-19", YB, B),
    R("QuyetDinh", "140/QĐ-BQLCKCN", "2024-12-17", YB, B),
    # "Căn cứ Văn bản số 9109/UBND-KT ngày 08/9/2026 của Uỷ ban nhân dân tỉnh Lào Cai" → a letter (CongVan), basis.
    R("CongVan", "9109/UBND-KT", "2026-09-08", LC, B),
    # Điều 2.2: "Nghị định 19/2026/NĐ-CP ngày 14/01/2026 của Chính phủ" → mentions.
    R("NghiDinh", "19/2026/NĐ-CP", "2026-01-14", CP),
    # Điều 2.1.g: "Giấy xác nhận Đăng ký Kế hoạch bảo vệ môi trường số 02/GXN - STNMT ngày 07/01/2022 của Sở Tài nguyên
    # và Môi trường" → a certificate, kind Other, spaces around the dash dropped, mentions.
    R("Other", "02/GXN-STNMT", "2022-01-07", "Sở Tài nguyên và Môi trường"),
    # Điều 2.1.h "Văn bản số 1908/CV-MundusStones ngày 19/8/2026" (wrapped "1908/CV-" / "MundusStones", the footnote
    # mark 4 glued to the year: "19/8/20264"); footnote 4 gives the date and "… của Công ty cổ phần tập đoàn Đầu tư và
    # Thương mại MundusStones" → the firm's letter, CongVan, issuer as the footnote writes it (alternative null: the
    # "của" follows "dự án đầu tư"), mentions.
    R("CongVan", "1908/CV-MundusStones", "2026-08-19", "Công ty cổ phần tập đoàn Đầu tư và Thương mại MundusStones"),
    # Footnotes 2 and 3 (realdocs15 03 took a footnote's citation as a reference): "Luật Bảo vệ môi trường số
    # 72/2020/QH14" (no date, no "của") and "Nghị Quyết số 66.19/2026/NQ-CP ngày 18 tháng 5 năm 2026 của Chính phủ"
    # (twice, one reference) → mentions. Footnote 1's "Luật Bảo vệ môi trường năm 2020" and "Luật đầu tư 2025" have no
    # number.
    R("Luat", "72/2020/QH14", None, None),
    R("NghiQuyet", "66.19/2026/NQ-CP", "2026-05-18", CP),
  ],
  # "- Các Sở: Tài chính, Công Thương, Xây dựng, Nông" / "nghiệp và Môi trường, Khoa học và Công nghệ; Thuế tỉnh;" /
  # "Công an tỉnh" is one dash item wrapped over three lines → one recipient, its inner semicolons kept (alternative:
  # three, split at the semicolons).
  "recipients": ["Như Điều 3", "UBND tỉnh",
                 "Các Sở: Tài chính, Công Thương, Xây dựng, Nông nghiệp và Môi trường, Khoa học và Công nghệ; Thuế tỉnh; Công an tỉnh",
                 "UBND phường Âu Lâu", "Lãnh đạo Ban", "Các phòng chuyên môn, đơn vị trực thuộc Ban", "Lưu: VT, NV."],
}
NDT, NDT_h = ["Nhà đầu tư"], ["nhà đầu tư"]
K = "Khac"
tasks = [
  # Điều 1 (the four amendments: address, site, representative, schedule — "- Tiến độ …: Quý IV/2027" fields and a
  # capital table) states the project's particulars in an approving article → no tasks.
  # Điều 2 "1. Trách nhiệm của nhà đầu tư trong việc triển khai thực hiện dự án đầu tư:" names whose duties a.–h. are;
  # an item with its own subject "Nhà đầu tư" keeps it as written (capital N), h. (no subject) takes the heading's
  # "nhà đầu tư". Mode assigned (owner heading; alternative requested, the firm being outside the board's authority).
  # a. "chịu trách nhiệm trước pháp luật về tính hợp pháp … của nội dung hồ sơ …; chịu trách nhiệm … mọi thiệt hại …":
  # accountability only, kept as the article's item as r14-04 kept 8.2.a (alternative: no task, nothing to report done).
  T("2.1.a", A(L("a. Nhà đầu tư chịu trách nhiệm trước pháp luật"), "a."), NDT, [], None, K),
  # b. register an account on the national investment information system.
  T("2.1.b", A(L("b. Nhà đầu tư phải làm thủ tục đăng ký cấp tài khoản"), "b."), NDT, [], None, K),
  # c. the periodic reporting regimes: "định kỳ" with no rhythm → no deadline (realdocs5–8); BaoCao.
  T("2.1.c", A(L("c. Nhà đầu tư phải thực hiện chế độ Báo cáo"), "c."), NDT, [], None, "BaoCao"),
  # d. carry out the project and pay what is owed.
  T("2.1.d", A(L("d. Nhà đầu tư phải thực hiện dự án đầu tư"), "d."), NDT, [], None, K),
  # e. comply with the laws on planning, land, environment, building, labour, fire safety.
  T("2.1.e", A(L("e. Nhà đầu tư có trách nhiệm tuân thủ"), "e."), NDT, [], None, K),
  # f. "chỉ được phép đưa dự án vào hoạt động khi hoàn thiện đầy đủ các thủ tục …": a bound, read as the duty to complete
  # the procedures first (as 03's 2.1.4; alternative no task).
  T("2.1.f", A(L("f. Nhà đầu tư chỉ được phép đưa dự án"), "f."), NDT, [], None, K),
  # g. opens with a finding (the 2022 certificate counts as the EIA approval), then "Vì vậy, đề nghị Nhà đầu tư trước
  # khi đi vào hoạt động sản xuất cần làm rõ và thực hiện thủ tục về Giấy phép môi trường … hoặc Đăng ký môi trường …"
  # → a finding's consequence asks the investor: lead "Nhà đầu tư", mode requested (EXTRACTION "vì vậy"); "trước khi đi
  # vào hoạt động" is an event, no deadline. The anchor avoids the footnote marks glued to "trường1/2/3".
  T("2.1.g", A(L("đầu tư trước khi đi vào hoạt động sản xuất cần")), NDT, [], None, K, mode="requested"),
  # h. "Thực hiện đúng nội dung đã cam kết tại Văn bản số 1908/CV-MundusStones ngày 19/8/20264." → the heading's lead;
  # the letter's date is no deadline.
  T("2.1.h", A(L("h. Thực hiện đúng nội dung đã cam kết"), "h."), NDT_h, [], None, K),
  # "2. Trách nhiệm của các phòng chuyên môn và đơn vị sự nghiệp trực thuộc" / "Ban quản lý các khu công nghiệp tỉnh
  # Lào Cai:" over one paragraph and no bullets → the numbered item is the task, its heading's party the lead: one
  # group under one determiner ("và" behind an item of the same kind) with what it belongs to, as written ("Ban quản
  # lý" in lower case; alternative "các phòng chuyên môn và đơn vị sự nghiệp", the name ending before "trực thuộc").
  # Inspect, supervise and evaluate the project, advise on reporting, deal with breaches → KiemTraGiamSat. Anchored in
  # the paragraph, which is the task's text under either reading of the heading.
  T("2.2", A(L("Căn cứ chức năng, nhiệm vụ được giao, chủ động thực hiện")),
    ["các phòng chuyên môn và đơn vị sự nghiệp trực thuộc Ban quản lý các khu công nghiệp tỉnh Lào Cai"], [], None,
    "KiemTraGiamSat"),
  # The four footnote bodies after 2.2 are page furniture. Điều 3: 1 effect clause, 2 execution clause ("Công ty … và
  # các tổ chức, cá nhân có liên quan có trách nhiệm thi hành Quyết định này."), 3 copies → none.
]
write(SRC, doc, tasks)
