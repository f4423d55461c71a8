"""Blind labels for realdocs19 04: Quyết định 2463/QĐ-UBND of the Ủy ban nhân dân tỉnh Lào Cai (16/7/2026) approving
the investment policy and the investor for the Võ Lao industrial zone's infrastructure project (first issue): Điều 1,
the project's particulars 1–9 (investor, name, objectives table, scale, capital with an amount field per source, term,
site, schedule by phase as "- Tiến độ …: Quý …" fields, incentives by rule); Điều 2 "Tổ chức thực hiện": 1 "Trách
nhiệm của chủ đầu tư" (seven "-" bullets, some with inline (i)–(iiii)), 2 "Trách nhiệm của các Sở, ngành, địa phương"
(two "-" bullets with their own subjects); Điều 3 "Điều khoản thi hành" 1 effect, 2 request to Party and audit bodies
and duty of the inspectorate and police, 3 execution clause, 4 copies; then a seven-page appendix of boundary
coordinates. Raw pdftotext layout with the converter's first line, page numbers 2–5 and 2–7, form feeds, from
Trangsct/skill-sct. Annotator annot21; see NOTES.md (realdocs19)."""
from labelkit import T, D
from r19kit import A as _A, R, L as _L, write
SRC = "04_quyetdinh-2463-QD-UBND-LaoCai-2026-chap-thuan-chu-truong-dau-tu-KCN-Vo-Lao.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
B, CP, LC = "basis", "Chính phủ", "Ủy ban nhân dân tỉnh Lào Cai"
KKT = "Ban Quản lý Khu kinh tế tỉnh Lào Cai"
doc = {
  "kind": "QuyetDinh",
  # Written "2463 /QĐ - UBND".
  "number": "2463/QĐ-UBND", "issuer": LC, "place": "Lào Cai", "issuedOn": "2026-07-16",
  # "QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ" / "ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ": the title after the kind word, joined,
  # capitals as written; "(cấp lần đầu: …)" no part (as 01 and 03).
  "title": "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ",
  # "TM. UỶ BAN NHÂN DÂN" beside "Nơi nhận:", "CHỦ TỊCH" beside a recipient, the name under the list.
  "signer": {"name": "Nguyễn Tuấn Anh", "position": "Chủ tịch", "capacity": "TM. Ủy ban nhân dân"},
  "references": [
    R("Luat", "72/2025/QH15", "2025-06-16", None, B),
    R("Luat", "143/2025/QH15", "2025-12-11", None, B),
    R("NghiDinh", "96/2026/NĐ-CP", "2026-03-31", CP, B),
    R("ThongTu", "55/2026/TT-BTC", "2026-05-15", "Bộ trưởng Bộ Tài chính", B),
    # "Kết luận số 301- KL/TU … của Ban Thường vụ Tỉnh uỷ" (space before the dash dropped; the body as written).
    R("KetLuan", "301-KL/TU", "2026-07-03", "Ban Thường vụ Tỉnh uỷ", B),
    # "Văn bản số 12258/ANKT-ANTCĐT … của Cục An ninh kinh tế - Bộ Công an" → a letter; a unit before its parent is one
    # body (EXTRACTION "Owners"), as written.
    R("CongVan", "12258/ANKT-ANTCĐT", "2026-07-14", "Cục An ninh kinh tế - Bộ Công an", B),
    # "Xét Báo cáo thẩm định số 17/BC-BQL ngày 23 tháng 01 năm 2026; Báo cáo thẩm định bổ sung số 217/BC-BQL ngày
    # 09/7/2026 của Ban Quản lý Khu kinh tế tỉnh Lào Cai" → mentions (as 03's 259/BC-BQL); the "của" after the second
    # stands for both (alternative: 17's issuer null).
    R("BaoCao", "17/BC-BQL", "2026-01-23", KKT),
    R("BaoCao", "217/BC-BQL", "2026-07-09", KKT),
    # Điều 2.1.6: "quy hoạch đã được UBND tỉnh Lào Cai phê duyệt tại Quyết định số 03/QĐ-UBND ngày 03/01/2025" → the
    # approving body (r14-02's reading; alternative null), mentions.
    R("QuyetDinh", "03/QĐ-UBND", "2025-01-03", LC),
    # "Điều 47 Luật Đầu tư" (no number) is none; the appendix's "(Kèm theo Quyết định số 2463/QĐ-UBND …)" is the
    # document itself.
  ],
  # "- Các cơ quan có tên tại Điều 3:" ends in a colon, kept (the contract strips only ";" and ","); "CHỦ TỊCH" beside
  # the next item is no part of it.
  "recipients": ["Các cơ quan có tên tại Điều 3:", "Thường trực Tỉnh ủy (b/c)", "Chủ tịch UBND tỉnh",
                 "Các Phó Chủ tịch UBND tỉnh", "Trung tâm Phục vụ HCC tỉnh", "CVP, PCVPUBND tỉnh", "Lưu: VT, KT (Long)."],
}
CDT = ["chủ đầu tư"]
K = "Khac"
tasks = [
  # Điều 1 "Chấp thuận chủ trương đầu tư … gồm các nội dung sau:" approves the project's particulars: 1 the investor
  # (name, registration, address, representative), 2 name, 3 objectives (a table of activities and VSIC codes), 4
  # scale, 5 capital ("a) Tổng vốn đầu tư: 5.171.344.000.000 đồng", "+ Vốn góp của nhà đầu tư: 775.701.600.000 đồng …",
  # "+ Vốn vay: …": amount fields), 6 term, 7 site, 8 schedule ("- Tiến độ khởi công công trình: Quý II/2027.", "-
  # Hoàn thành các thủ tục đầu tư, cấp phép xây dựng: Từ Quý III/2030 …": the project's phases as approved, a roadmap of
  # the thing approved, in an article that names no owner), 9 "Ưu đãi, hỗ trợ đầu tư …: Thực hiện theo quy định của
  # pháp luật hiện hành." (a by-rule field) → no tasks (EXTRACTION: "the particulars of a project"; an approving
  # article's items are tasks only when they name an owner). Alternative for 8: the phase bullets as the investor's
  # dated work (+9, lead [], period deadlines) — not taken: they state what is approved, and Điều 2 assigns.
  # Điều 2 "1. Trách nhiệm của chủ đầu tư" → lead "chủ đầu tư" as written (03 writes "nhà đầu tư"; alternative the
  # firm's name "Công ty Cổ phần đầu tư hạ tầng Châu Giang"), mode assigned (as 03).
  T("2.1.1", A(L("Chịu trách nhiệm trước pháp luật về tính trung thực")), CDT, [], None, K),
  T("2.1.2", A(L("Tổ chức triển khai thực hiện dự án theo đúng quy định")), CDT, [], None, K),
  # 2.1.3: comply with the decision; lodge the project deposit or bank guarantee "ngay sau khi được cấp thẩm quyền chấp
  # thuận …" (an event, no deadline); propose service prices for approval (a second sentence, within the item) → Khac.
  T("2.1.3", A(L("Thực hiện nghiêm túc các nội dung theo Quyết định chủ trương")), CDT, [], None, K),
  # 2.1.4: focus resources on the schedule; then "Trong quá trình tồn tại của dự án, Nhà đầu tư nghiêm túc thực hiện:
  # (i) Báo cáo giám sát đánh giá đầu tư dự án (định kỳ hằng quý và cả năm) gửi Sở Công thương, …; (ii) Báo cáo hoạt
  # động đầu tư định kỳ (hằng quý, hằng năm) …" → one task (inline (i)–(ii), no list items); the second sentence's
  # "Nhà đầu tư" is the same party as the heading's (alternative: both written forms as leads). Mostly reporting →
  # BaoCao (alternative Khac, its first sentence). Deadline recurring every quarter, the shortest rhythm named
  # (r17-04 V.1.3's reading of several rhythms), due null, ambiguous (it is in a later sentence; alternative null).
  T("2.1.4", A(L("Tập trung mọi nguồn lực triển khai thực hiện dự án")), CDT, [],
    D("recurring", "định kỳ hằng quý và cả năm", every="quarter"), "BaoCao", amb=True),
  # 2.1.5: keep order; report finds of weapons or ordnance to the military command ("trao đổi ngay với … để cùng phối hợp
  # giải quyết": whom it tells, no support) and of minerals to the local government → Khac.
  T("2.1.5", A(L("Tuân thủ đầy đủ các quy định về giữ gìn an ninh")), CDT, [], None, K),
  # 2.1.6 "Thực hiện nghiêm túc các nội dung sau: (i) … (iiii) …" → one task, the numerals inline (no lines of their
  # own), Khac.
  T("2.1.6", A(L("Thực hiện nghiêm túc các nội dung sau: (i)")), CDT, [], None, K),
  # 2.1.7: use the land within bounds; stop and report on finding minerals → Khac.
  T("2.1.7", A(L("Sử dụng đất đúng phạm vi được giao")), CDT, [], None, K),
  # "2. Trách nhiệm của các Sở, ngành, địa phương": both bullets have their own subject.
  # 2.2.1 "Các Sở, ban, ngành, địa phương có liên quan căn cứ chức năng nhiệm vụ được giao thực hiện tham mưu quản lý,
  # giám sát hoạt động dự án …" → one group; a "tham mưu" leading the work → ThamMuu (alternative KiemTraGiamSat).
  T("2.2.1", A(L("Các Sở, ban, ngành, địa phương có liên quan căn cứ")),
    ["Các Sở, ban, ngành, địa phương có liên quan"], [], None, "ThamMuu"),
  # 2.2.2 "Sở Công Thương, Ban Quản lý Khu kinh tế có trách nhiệm giám sát …; hướng dẫn, theo dõi, đôn đốc Công ty …"
  # → two leads as written (no place after the board here), KiemTraGiamSat.
  T("2.2.2", A(L("Sở Công Thương, Ban Quản lý Khu kinh tế có trách nhiệm")),
    ["Sở Công Thương", "Ban Quản lý Khu kinh tế"], [], None, "KiemTraGiamSat"),
  # Điều 3: 1 effect → none; 2 as 03's 3.2 and r16-01's Điều 4 → one task, five leads, requested, ongoing (ambiguous).
  T("3.2", A(L("Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy")),
    ["Ủy ban Kiểm tra Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Kiểm toán khu vực VII", "Thanh tra tỉnh", "Công an tỉnh"], [],
    D("ongoing", "định kỳ hoặc thường xuyên"), "KiemTraGiamSat", mode="requested", amb=True),
  # 3.3 execution clause, 3.4 copies → none. Appendix (boundary coordinates in two grids, page furniture, the area
  # "4.826.000") and its "Ghi chú: Phạm vi ranh giới … là dự kiến. Ranh giới, diện tích thực tế sẽ được xác định …" (a
  # statement, no owner) → none.
]
write(SRC, doc, tasks)
