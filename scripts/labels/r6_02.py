"""Blind labels for realdocs6 02: Công văn 8388/BTC-QLCS of the Bộ Tài chính (19/6/2026) to the ministries and the
provincial People's Committees on carrying out Nghị định 178/2026/NĐ-CP (infrastructure assets). A tesseract OCR text
(Trangsct/skill-sct) with misread numbers: "I." for 1, a second "3." for 5, "©)" for c), "8)" for g), "()" and "(ii)"
twice for (i)–(iii); the number "Z32Ø/BTC-QLCS" and a blank day in the date line. "Bộ Tài chính đề nghị các Bộ, … và Ủy
ban nhân dân các tỉnh, … lưu ý các nhiệm vụ, giải pháp trọng tâm sau:" over items 1–6. Annotator annot8; see
corpus/labels/NOTES.md (realdocs6)."""
from labelkit import T, D
from r6kit import anchor, write
SRC = "02_congvan-8388-BTC-QLCS-2026-trien-khai-ND178-ocr.txt"
A = lambda ln, after=None: anchor(SRC, ln, after)
R = lambda kind, number, on, issuer, rel="mentions": {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": rel}
doc = {
  # number as the OCR gives it (the true number, 8388/BTC-QLCS, is in the file name only); the date line's day is blank
  # ("ngày / tháng 6 năm 2026") → issuedOn null (alternative 2026-06-19 from the signature stamp "Thời gian ký").
  "kind": "CongVan", "number": "Z32Ø/BTC-QLCS", "issuer": "Bộ Tài chính", "place": "Hà Nội", "issuedOn": None,
  "title": "V/v Triển khai thực hiện Nghị định số 178/2026/NĐ-CP của Chính phủ quy định việc quản lý, sử dụng và khai thác tài sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý",
  # the OCR lost the "THỨ TRƯỞNG" line: only "KT. BỘ TRƯỞNG" stands above the name → position null.
  "signer": {"name": "Tậ Anh Tuấn", "position": None, "capacity": "KT. Bộ trưởng"},
  "references": [R("NghiDinh", "178/2026/NĐ-CP", "2026-05-20", "Chính phủ", "implements")],
  "recipients": ["Như trên", "Thủ tướng Chính phủ (để b/c)", "Phó TTCP Nguyễn Văn Thắng (để b/c)",
                 "Bộ trưởng Ngô Văn Tuần (để b/c)", "Văn phòng Chính phủ", "Văn phòng Bộ Tài chính",
                 "Cục Đầu tư nước ngoài (cơ quan quản lý chuyên ngành về khu công nghiệp, khu kinh tế, khu chế xuất)",
                 "Cục QLGSKT và KT, DNNN", "Cục CNTT", "Các Vụ: PC, KTN, NSNN", "Lưu: VT, QLCS.(Ð b) „4y"],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
# Mode requested throughout: the only verb is the introduction's "Bộ Tài chính đề nghị", to bodies outside its
# authority (other ministries, provinces); items under the owner heading 5 and item 6's own subject keep it
# (alternative: assigned for 5.* and 6.*, the realdocs5 reading of owner headings under a "yêu cầu" introduction).
Q = lambda *a, **k: T(*a, mode="requested", **k)
INTRO = ["các Bộ, cơ quan ngang bộ, cơ quan khác ở trung ương", "Ủy ban nhân dân các tỉnh, thành phô trực thuộc trung ương"]
BQ = ["Các Bộ quản lý chuyên ngành"]     # heading "3. [= 5.] Đối với các Bộ quản lý chuyên ngành (theo quy định tại …)"
M6 = D("date", "Trong thời hạn 06 tháng, kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành", "2027-01-06")
CQ6 = ["Các Bộ, cơ quan trung ương", "Ủy ban nhân dân cấp tỉnh"]
tasks = [
  # Paths follow the intended numbering (1–6, 5.a–5.g; "mục 6 Công văn này" confirms it), not the OCR's "I."/"3."/"8)".
  Q("1", A(32, "I. "), INTRO, [], None, TT),
  Q("2", A(38), INTRO, [], None, BH),
  Q("3", A(44), INTRO, [], None, K),
  Q("4", A(49), INTRO, [], None, K),
  # 5.a's "… các bộ quản lý chuyên ngành thực hiện việc quy định, công bố, điều chỉnh danh mục …; cụ thể như sau:" is an
  # intro over six "- <asset class> - <Bộ>" bullets: each bullet is a task led by the Bộ it names, with the intro's
  # time limit (6 months from the decree's effect on 06/7/2026 → 06/01/2027; ambiguous). Alternative: one task 5.a.
  Q("5.a.1", A(71), ["Bộ Công Thương"], [], M6, BH, amb=True),
  Q("5.a.2", A(74), ["Bộ Tài chính"], [], M6, BH, amb=True),
  Q("5.a.3", A(77), ["Bộ Khoa học và Công nghệ"], [], M6, BH, amb=True),
  Q("5.a.4", A(81), ["Bộ Nông nghiệp và Môi trường"], [], M6, BH, amb=True),
  Q("5.a.5", A(86), ["Bộ Văn hóa, Thê thao và Du lịch"], [], M6, BH, amb=True),
  Q("5.a.6", A(89), ["Bộ Xây dựng"], [], M6, BH, amb=True),
  # 5.b: own subject "Bộ quản lý chuyên ngành"; its 6 months run from a future law's effect → no date (ambiguous).
  Q("5.b", A(91), ["Bộ quản lý chuyên ngành"], [], None, BH, amb=True),
  # "©) Lưu ý: Danh mục … gồm: …" says what the list holds: no task. The footnote "! Tại khoản 6 Điều 3 …" is furniture.
  Q("5.d", A(102), BQ, [], None, BH),
  Q("5.đ", A(111), BQ, ["Bộ Tài chính"], None, K),
  Q("5.e", A(115), BQ, [], None, BH),
  Q("5.g", A(120, "8) "), BQ, [], None, K),
  # 6: "Các Bộ, cơ quan trung ương, Ủy ban nhân dân cấp tỉnh có trách nhiệm chỉ đạo cơ quan, đơn vị, doanh nghiệp …
  # thực hiện việc:" → the two leads; the bodies "chỉ đạo"-ed are not owners. 6.a's (i)–(iii) name the forms of handing
  # over ("theo các hình thức sau:"): continuation of 6.a, no tasks (alternative: three tasks).
  Q("6.a", A(128), CQ6, [], D("date", "trong thời hạn 02 năm kể từ ngày Nghị định sô 178/2026/NĐ-CP có hiệu lực thi hành", "2028-07-06"), K, amb=True),
  Q("6.b", A(153), CQ6, [], None, BC),
  # "Mong nhận được sự quan tâm, phối hợp của Quý Cơ quan." is courtesy, no task.
]
write(SRC, doc, tasks)
