"""Blind labels for realdocs13 01: Công văn 6987/SNNMT-KS of the Sở Nông nghiệp và Môi trường tỉnh Lào Cai (23/7/2026)
to the mining firm Công ty Cổ phần Công nghiệp Khánh An, after its rare-earth mining licence (Bến Đền): "Sở Nông Nghiệp
và Môi trường yêu cầu Công ty … thực hiện đầy đủ các nội dung sau:" over 1 (before mining starts: eight "-" bullets)
and 2 (during mining: 2.1 a paragraph, 2.2–2.6 headings over "-" bullets, 2.3 a paragraph), then the closing call
with the difficulties notice. Raw pdftotext text (form feeds at page starts, footnote bodies at page feet), from
Trangsct/skill-sct. Annotator annot15; see NOTES.md (realdocs13)."""
from labelkit import T
from r13kit import A as _A, R, L as _L, write
SRC = "01_congvan-6987-SNNMT-KS-LaoCai-2026-nghia-vu-sau-cap-phep-mo-dat-hiem-Ben-Den.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "CongVan", "number": "6987/SNNMT-KS", "issuer": "Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
  "place": "Lào Cai", "issuedOn": "2026-07-23",
  "title": "V/v yêu cầu thực hiện các quy định của pháp luật sau khi được cấp Giấy phép khai thác khoáng sản",
  "signer": {"name": "Phạm Năng Chung", "position": "Phó Giám đốc", "capacity": "KT. Giám đốc"},
  "references": [
    # "Căn cứ Giấy phép khai thác khoáng sản số 197/GP-BNNMT ngày 13/7/2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường"
    R("Other", "197/GP-BNNMT", "2026-07-13", "Bộ trưởng Bộ Nông nghiệp và Môi trường", "basis"),
    # 1.5, 1.6, 2.4.3: "Nghị định số 193/2025/NĐ-CP ngày 02/7/2025 (của Chính phủ)".
    R("NghiDinh", "193/2025/NĐ-CP", "2025-07-02", "Chính phủ"),
    # 2.3: "theo hướng dẫn của Sở Nông nghiệp và Môi trường tại văn bản số 5141/SNNMT-KS ngày 29/12/2025".
    R("CongVan", "5141/SNNMT-KS", "2025-12-29", "Sở Nông nghiệp và Môi trường"),
    # Footnotes 1, 2, 4 (cited by kind and number, each "của Bộ trưởng …").
    R("ThongTu", "36/2025/TT-BNNMT", "2025-07-02", "Bộ trưởng Bộ Nông nghiệp và Môi trường"),
    R("ThongTu", "31/2025/TT-BCT", "2025-05-16", "Bộ trưởng Bộ Công Thương"),
    R("ThongTu", "24/2025/TT-BCT", "2025-05-13", "Bộ trưởng Bộ Công Thương"),
  ],
  "recipients": ["Như trên", "UBND tỉnh (b/c)",
                 "Các Sở, ngành: Xây dựng, Công Thương, Tài chính, Nội vụ, Thuế tỉnh, Thanh tra tỉnh, Công an tỉnh (p/h)",
                 "UBND các xã: Gia Phú, Bảo Thắng (p/h)", "Lãnh đạo Sở", "Lưu: VT, QLĐĐ, CCMT, CCKL, KS."],
}
BC, KT, TM, K = "BaoCao", "KiemTraGiamSat", "ThamMuu", "Khac"
KA = ["Công ty Cổ phần Công nghiệp Khánh An"]   # the opening "yêu cầu Công ty …" gives every item its lead
XA = ["Ủy ban nhân dân xã Gia Phú", "Ủy ban nhân dân xã Bảo Thắng"]  # "Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng"
RQ = "required"
# (path, words that start the item's line, support, category[, mode])
items = [
  ("1.1", "- Thực hiện cắm mốc khu vực khai thác", [], K),
  ("1.2", "- Phối hợp với Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng khẩn trương", XA, K),
  ("1.3", "- Đăng ký, thông báo ngày bắt đầu xây dựng", [], BC),
  ("1.4", "- Thực hiện lập bản đồ hiện trạng", [], K),
  ("1.5", "- Thực hiện thủ tục lập, thẩm định, phê duyệt thiết kế mỏ", [], K),
  ("1.6", "- Thông báo bằng văn bản về trình độ chuyên môn", [], BC),
  ("1.7", "- Lập hồ sơ pháp lý về bảo vệ môi trường", [], K),
  ("1.8", "- Thực hiện nộp đầy đủ các nghĩa vụ tài chính", [], K),
  # 2.1: a numbered item without bullets is its own task.
  ("2.1", "2.1. Thực hiện nghiêm túc, đầy đủ các nghĩa vụ", [], K),
  # 2.2 heading "Đối với công tác quản lý bảo vệ khoáng sản …" over two bullets. 2.2.1's subject "Tổ chức, cá nhân hoạt
  # động khoáng sản" has no determiner (who the duty is for, no owner): the opening's company leads.
  ("2.2.1", "- Tổ chức, cá nhân hoạt động khoáng sản thực hiện bảo vệ", [], K),
  ("2.2.2", "- Thực hiện bảo vệ khoáng sản trong phạm vi ranh giới", [], K),
  # 2.3: heading and one paragraph ("Yêu cầu thực hiện công tác quản lý, thống kê, kê khai … báo cáo kết quả …"),
  # no bullets -> the numbered item is the task; anchor on its paragraph.
  ("2.3", "Yêu cầu thực hiện công tác quản lý, thống kê, kê khai", [], BC),
  ("2.4.1", "- Thực hiện các yêu cầu về an toàn, vệ sinh lao động", [], K),
  ("2.4.2", "- Thực hiện chế độ báo cáo về tai nạn lao động", [], BC),
  ("2.4.3", "- Đối với các trường hợp quy định tại khoản 2 Điều 60", [], K),
  ("2.5.1", "- Tổ chức, cá nhân hoạt động khai thác khoáng sản sử dụng đất", [], K),
  ("2.5.2", "- Thực hiện các quy định về việc sử dụng đất", [], K),
  ("2.5.3", "- Chủ động phối hợp với Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng tổ", XA, K),
  ("2.5.4", "- Thực hiện đầy đủ quyền, nghĩa vụ của người sử dụng đất", [], K),
  # 2.5.5 "… đề nghị đơn vị sử dụng đất đúng ranh giới …": the item's own "đề nghị" (the unit is the company).
  ("2.5.5", "- Sau khi được cấp có thẩm quyền cho thuê đất", [], K, "requested"),
  # 2.5.6 "Việc sử dụng nước, xả thải … được thực hiện theo quy định tại Điều 36 …": a requirement listed under the
  # opening like the others (alternative: a statement of the law, no task).
  ("2.5.6", "- Việc sử dụng nước, xả thải vào nguồn nước", [], K),
  ("2.6.1", "- Thực hiện các quy định về bảo vệ môi trong", [], K),
  ("2.6.2", "- Xây dựng các công trình xử lý chất thải", [], K),
]
tasks = []
for it in items:
    path, words, sup, cat = it[:4]
    mode = it[4] if len(it) > 4 else RQ
    tasks.append(T(path, A(L(words)), KA, sup, None, cat, mode=mode))
# Closing "Sở Nông nghiệp và Môi trường yêu cầu Công ty … nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn
# vướng mắc … phản ánh về Sở …/.": a bare call and the difficulties notice -> no task.
write(SRC, doc, tasks)
