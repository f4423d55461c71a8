"""Blind labels for realdocs15 01: Công văn 6795/SNNMT-KS of the Sở Nông nghiệp và Môi trường tỉnh Lào Cai (17/7/2026)
to the mining firm Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô, after its iron-ore mining licence (mỏ Quý Xa):
"Sở Nông nghiệp và Môi trường đề nghị Công ty thực hiện đầy đủ các nội dung sau:" over 1 (before mining starts: nine
"-" bullets) and 2 (during mining: 2.1 a paragraph, 2.2–2.6 headings over "-" bullets, 2.3 a paragraph), then the
closing call with the difficulties notice. The sister letter of realdocs13 01 (6987/SNNMT-KS, same Sở, same signer, a
"yêu cầu" opening): this one opens with "đề nghị", a letter of requests, so every item is `requested`. Raw pdftotext
text (form feeds at page starts, footnote bodies at page feet), from Trangsct/skill-sct. Annotator annot17; see
NOTES.md (realdocs15)."""
from labelkit import T
from r15kit import A as _A, R, L as _L, write
SRC = "01_congvan-6795-SNNMT-KS-LaoCai-2026-nghia-vu-sau-cap-phep-mo-Quy-Xa.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "CongVan", "number": "6795/SNNMT-KS", "issuer": "Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
  "place": "Lào Cai", "issuedOn": "2026-07-17",
  "title": "V/v thực hiện các quy định của pháp luật sau khi được cấp Giấy phép khai thác khoáng sản",
  "signer": {"name": "Phạm Năng Chung", "position": "Phó Giám đốc", "capacity": "KT. Giám đốc"},
  "references": [
    # Opening: "được Bộ Nông nghiệp và Môi trường cho phép khai thác … tại Giấy phép khai thác khoáng sản số
    # 199/GP-BNNMT ngày 14/7/2026" — told as background (no "Căn cứ") → mentions; no "của" → issuer null
    # (alternative "Bộ Nông nghiệp và Môi trường", the subject that granted it).
    R("Other", "199/GP-BNNMT", "2026-07-14", None),
    # 1.5, 1.7, 2.4.4: "Nghị định số 193/2025/NĐ-CP ngày 02/7/2025", never with "của" → issuer null (alternative
    # "Chính phủ"; realdocs13 02's convention).
    R("NghiDinh", "193/2025/NĐ-CP", "2025-07-02", None),
    # Footnote 1: "Thông tư số 31/2025/TT-BCT ngày 16/5/2025 của Bộ Công Thương".
    R("ThongTu", "31/2025/TT-BCT", "2025-05-16", "Bộ Công Thương"),
    # Footnote 2: "Thông tư số 36/2025/TT-BNNMT ngày 02/7/2025" (no "của").
    R("ThongTu", "36/2025/TT-BNNMT", "2025-07-02", None),
    # 2.3: "theo hướng dẫn của Sở Nông nghiệp và Môi trường tại văn bản số 5141/SNNMT-KS ngày 29/12/2025"
    # (realdocs13 01's reading: the Sở named by "của" before the number).
    R("CongVan", "5141/SNNMT-KS", "2025-12-29", "Sở Nông nghiệp và Môi trường"),
  ],
  "recipients": ["Như trên", "UBND tỉnh (b/c)", "Các Sở, ngành: Xây dựng, Công Thương, Tài chính, Thuế tỉnh",
                 "UBND xã Văn Bàn (p/h)", "Lãnh đạo Sở", "Lưu: VT, QLĐ, CCMT, KS."],
}
BC, K = "BaoCao", "Khac"
CT = ["Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô"]   # the opening "đề nghị Công ty …" (the addressee)
VB = ["Ủy ban nhân dân xã Văn Bàn"]                             # "UBND xã Văn Bàn"
RQ = "requested"   # a letter of requests: every item it lists is requested
# (path, words that start the item's line, support, category)
items = [
  ("1.1", "- Thực hiện cắm mốc khu vực khai thác", [], K),
  ("1.2", "- Phối hợp với UBND xã Văn Bàn khẩn trương", VB, K),
  # 1.3: new against 6987 — the land lease procedures before registering the start dates.
  ("1.3", "- Thực hiện các thủ tục để cấp có thẩm quyền", [], K),
  ("1.4", "- Thực hiện lập bản đồ hiện trạng", [], K),
  ("1.5", "- Thực hiện thủ tục lập, thẩm định, phê duyệt thiết kế mỏ", [], K),
  ("1.6", "- Đăng ký, thông báo ngày bắt đầu xây dựng", [], BC),
  ("1.7", "- Thông báo bằng văn bản về trình độ chuyên môn", [], BC),
  ("1.8", "- Lập hồ sơ pháp lý về bảo vệ môi trường", [], K),
  ("1.9", "- Thực hiện nộp đầy đủ các nghĩa vụ tài chính", [], K),
  ("2.1", "2.1. Thực hiện nghiêm túc, đầy đủ các nghĩa vụ", [], K),
  # 2.2.1: "Tổ chức, cá nhân hoạt động khoáng sản …" (the law's class, no determiner) → still the firm's, from the
  # opening (realdocs13 01's reading).
  ("2.2.1", "- Tổ chức, cá nhân hoạt động khoáng sản thực hiện bảo vệ", [], K),
  ("2.2.2", "- Thực hiện bảo vệ khoáng sản trong phạm vi ranh giới", [], K),
  # 2.3: heading and one paragraph "Yêu cầu thực hiện công tác quản lý, thống kê, kê khai …": the numbered item is the
  # task, anchored on its paragraph; its "Yêu cầu" does not undo the letter's "đề nghị" (only an item's own "Giao"
  # stays assigned) → requested.
  ("2.3", "Yêu cầu thực hiện công tác quản lý, thống kê, kê khai", [], BC),
  ("2.4.1", "- Thực hiện các quy định, yêu cầu về an toàn", [], K),
  # 2.4.2 (new against 6987): "Khi có nguy cơ xảy ra sự cố …, giám đốc điều hành mỏ hoặc nhân sự điều hành mỏ phải áp
  # dụng các biện pháp …": the firm's own mine director and staff, lower case, no determiner → the opening's firm leads
  # (alternative leads "giám đốc điều hành mỏ", "nhân sự điều hành mỏ" as officials named by title).
  ("2.4.2", "- Khi có nguy cơ xảy ra sự cố kỹ thuật", [], K),
  ("2.4.3", "- Thực hiện chế độ báo cáo về tai nạn lao động", [], BC),
  ("2.4.4", "- Đối với các đối với các trường hợp quy định", [], K),
  ("2.5.1", "- Tổ chức, cá nhân hoạt động khai thác khoáng sản sử dụng đất", [], K),
  ("2.5.2", "- Thực hiện các quy định về việc sử dụng đất", [], K),
  ("2.5.3", "- Chủ động phối hợp với UBND xã Văn Bàn tổ chức", VB, K),
  ("2.5.4", "- Thực hiện đầy đủ quyền, nghĩa vụ của người sử dụng đất", [], K),
  ("2.5.5", "- Sau khi được cấp có thẩm quyền cho thuê đất", [], K),
  # 2.5.6: passive "Việc sử dụng nước, xả thải … được thực hiện theo quy định tại Điều 36 …" → a task like its
  # neighbours (realdocs13 01's reading; alternative a statement of the law).
  ("2.5.6", "- Việc sử dụng nước, xả thải vào nguồn nước", [], K),
  ("2.6.1", "- Thực hiện các quy định về bảo vệ môi trong", [], K),
  ("2.6.2", "- Xây dựng các công trình xử lý chất thải", [], K),
]
tasks = [T(path, A(L(words)), CT, sup, None, cat, mode=RQ) for path, words, sup, cat in items]
# Closing "Sở Nông nghiệp và Môi trường yêu cầu Công ty … nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn
# vướng mắc kịp thời phối hợp, … phản ánh về Sở …/.": a bare call and the difficulties notice → no task.
write(SRC, doc, tasks)
