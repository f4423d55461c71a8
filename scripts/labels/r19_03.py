"""Blind labels for realdocs19 03: Quyết định 2978/QĐ-UBND of the Ủy ban nhân dân tỉnh Lào Cai (21/8/2026), signed by
a Phó Chủ tịch, approving the first adjustment of the investment policy for the Phú Xuân 1 industrial zone's
infrastructure project: Điều 1 adds one objective to the project (a quoted amendment); Điều 2 "Tổ chức thực hiện" over
1 "Trách nhiệm của nhà đầu tư" (four "-" bullets) and 2 "Trách nhiệm của các Sở, ngành, địa phương" (two "-" bullets,
each with its own subject); Điều 3 "Điều khoản thi hành" 1 effect, 2 a request to Party and audit bodies with the
inspectorate's and police's duty, 3 execution clause, 4 copies. Raw pdftotext layout with the converter's first line,
page numbers 2 and 3, form feeds, from Trangsct/skill-sct. Annotator annot21; see NOTES.md (realdocs19)."""
from labelkit import T, D
from r19kit import A as _A, R, L as _L, write
SRC = "03_quyetdinh-2978-QD-UBND-LaoCai-2026-dieu-chinh-chu-truong-dau-tu-KCN-Phu-Xuan-1.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
B, LC = "basis", "Ủy ban nhân dân tỉnh Lào Cai"
doc = {
  # Điều 1 approves an adjustment of a project's investment policy: no plan, programme or scheme → QuyetDinh.
  "kind": "QuyetDinh",
  # Written "2978 /QĐ - UBND": spaces around the slash and the symbol's dash dropped.
  "number": "2978/QĐ-UBND",
  "issuer": LC, "place": "Lào Cai", "issuedOn": "2026-08-21",
  # The kind word and the title share the line "QUYẾT ĐỊNH CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ"; the title is the rest,
  # in capitals as written (r10-02 kept a capitals title as written). The "(Cấp lần đầu: …)" / "(Điều chỉnh lần thứ 01:
  # …)" lines under it are dates of the series, not title words (alternative: with them).
  "title": "CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ",
  "signer": {"name": "Phan Trung Bá", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    # Căn cứ: the law (number and date, no "của") → issuer null, as r16-01 read the laws.
    R("Luat", "143/2025/QH15", "2025-12-11", None, B),
    R("NghiDinh", "96/2026/NĐ-CP", "2026-03-31", "Chính phủ", B),
    # "của Bộ trưởng Bộ Tài chính" → as written after "của" (r17-03's circulars "của Bộ trưởng Bộ Công Thương").
    R("ThongTu", "55/2026/TT-BTC", "2026-05-15", "Bộ trưởng Bộ Tài chính", B),
    # Party texts with no "của": "Kết luận số 748- KL/ĐU" (space before the dash dropped) and "Nghị quyết số
    # 998-NQ/ĐU" → issuer null (the symbol's ĐU is a Party committee the text does not name; alternative "Đảng ủy Ủy
    # ban nhân dân tỉnh").
    R("KetLuan", "748-KL/ĐU", "2026-08-20", None, B),
    R("NghiQuyet", "998-NQ/ĐU", "2026-08-20", None, B),
    # The decision being adjusted: "số 2338/QĐ-UBND của Ủy ban nhân dân tỉnh Lào Cai ngày 02/7/2026" (also in Điều 1
    # and 3.1: one reference). Basis (alternative: it is amended, not replaced, so not "replaces").
    R("QuyetDinh", "2338/QĐ-UBND", "2026-07-02", LC, B),
    # "Xét Báo cáo thẩm định số 259 /BC-BQL ngày 13 /8/2026 của Ban Quản lý Khu kinh tế tỉnh Lào Cai" → mentions, as
    # earlier labels read "Xét …" / "Theo đề nghị …" papers (alternative basis).
    R("BaoCao", "259/BC-BQL", "2026-08-13", "Ban Quản lý Khu kinh tế tỉnh Lào Cai"),
  ],
  "recipients": ["Thường trực Tỉnh ủy (b/c)", "Chủ tịch UBND tỉnh", "Các Phó CTUBND tỉnh", "Các cơ quan tại Điều 3",
                 "Trung tâm Phục vụ HCC tỉnh", "CVP, PCVP UBND tỉnh", "Lưu: VT, KT."],
}
NDT = ["nhà đầu tư"]
K = "Khac"
tasks = [
  # Điều 1 states the amended particulars (an added objective with its VSIC code) → no task.
  # Điều 2 "Tổ chức thực hiện" / "Trách nhiệm của cơ quan, tổ chức, cá nhân có liên quan …:" / "1. Trách nhiệm của nhà
  # đầu tư": a duty title naming its party ("Trách nhiệm của <owner>", like "Nhiệm vụ của <body>") → lead "nhà đầu tư"
  # as written (the investor, a firm, named by its role: r14-03 and r16-01 gave "chủ đầu tư" so; alternative the
  # firm's name "Công ty cổ phần Công nghiệp Linh Linh"), mode assigned (the realdocs8–17 convention for an owner
  # heading; alternative requested, the firm being outside the issuer's authority).
  # 2.1.1: answer for the dossier's truth and raise the registered capital on schedule ("theo tiến độ" names no time).
  T("2.1.1", A(L("Chịu trách nhiệm trước pháp luật về tính trung thực")), NDT, [], None, K),
  # 2.1.2: carry out the project lawfully; build only after the procedures; report to the authorities before operating.
  T("2.1.2", A(L("Tổ chức triển khai thực hiện dự án theo đúng quy định")), NDT, [], None, K),
  # 2.1.3: a bare compliance duty as an item (the bare-call rule is for closing paragraphs) → a task.
  T("2.1.3", A(L("Thực hiện nghiêm túc các nội dung theo Quyết định chủ trương")), NDT, [], None, K),
  # 2.1.4 "Nhà đầu tư chỉ được tổ chức hoạt động điện lực sau khi đáp ứng đầy đủ các điều kiện …": a bound on what the
  # investor may do, read as its duty to meet the conditions first → a task with its own subject "Nhà đầu tư"
  # (alternative: no task, a permission's limit that asks nothing to be reported).
  T("2.1.4", A(L("Nhà đầu tư chỉ được tổ chức hoạt động điện lực")), ["Nhà đầu tư"], [], None, K),
  # "2. Trách nhiệm của các Sở, ngành, địa phương": both bullets name their own subject, which they keep.
  # 2.2.1 "Các Sở, ban, ngành, địa phương có liên quan căn cứ vào chức năng nhiệm vụ của mình hướng dẫn nhà đầu tư …"
  # → one group under one determiner; the investor is who is guided. Guidance → Khac (alternative TuyenTruyen, r14-03's
  # reading of "hướng dẫn").
  T("2.2.1", A(L("Các Sở, ban, ngành, địa phương có liên quan căn cứ")),
    ["Các Sở, ban, ngành, địa phương có liên quan"], [], None, K),
  # 2.2.2 "Sở Công Thương, Ban Quản lý Khu kinh tế tỉnh Lào Cai có trách nhiệm giám sát …; hướng dẫn, theo dõi, đôn đốc
  # …" → two leads (listed with a comma), KiemTraGiamSat.
  T("2.2.2", A(L("Sở Công Thương, Ban Quản lý Khu kinh tế tỉnh Lào Cai có trách nhiệm")),
    ["Sở Công Thương", "Ban Quản lý Khu kinh tế tỉnh Lào Cai"], [], None, "KiemTraGiamSat"),
  # Điều 3 "Điều khoản thi hành": 3.1 is the effect clause (with "là một bộ phận không tách rời …") → none.
  # 3.2: the paragraph r16-01 (2390/QĐ-UBND) labelled in its Điều 4, word for word: "Đề nghị Ủy ban Kiểm tra Tỉnh ủy,
  # Ban Nội chính Tỉnh ủy, Kiểm toán khu vực VII phối hợp kiểm tra, giám sát định kỳ hoặc thường xuyên …. Thanh tra
  # tỉnh, Công an tỉnh theo chức năng … tham mưu cho Ủy ban nhân dân tỉnh …" → one task led by the five bodies, mode
  # requested from its opening, KiemTraGiamSat, deadline ongoing "định kỳ hoặc thường xuyên" (ambiguous), as r16-01
  # (alternative: two tasks, 3.2.1 the three requested bodies and 3.2.2 the inspectorate and police, assigned,
  # ThamMuu). Here it is a numbered item of its own, so it is no continuation of the effect clause.
  T("3.2", A(L("Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy")),
    ["Ủy ban Kiểm tra Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Kiểm toán khu vực VII", "Thanh tra tỉnh", "Công an tỉnh"], [],
    D("ongoing", "định kỳ hoặc thường xuyên"), "KiemTraGiamSat", mode="requested", amb=True),
  # 3.3 execution clause ("… có trách nhiệm thi hành Quyết định này.") and 3.4 (copies) → none.
]
write(SRC, doc, tasks)
