"""Blind labels for realdocs12 03: Quyết định 1803/QĐ-TTg of the Prime Minister (22/10/2015) approving the list entry of
the WB-funded technical-assistance project "Chuẩn bị sẵn sàng cho xây dựng thị trường các-bon tại Việt Nam". A
decision without an attached plan, assigning in its articles: Điều 1 approves (capital, funding mechanism, owner
bodies, objective, results, duration: no tasks), Điều 2 "Giao Bộ Tài nguyên và Môi trường:" over two "-" bullets,
Điều 3 a paragraph with its own subject (Ngân hàng Nhà nước Việt Nam signs the agreement), Điều 4 effect and execution.
HTML-to-Markdown text, from Trangsct/skill-sct. Annotator annot14; see NOTES.md (realdocs12)."""
from labelkit import T, D
from r12kit import A, R, L as _L, write
SRC = "03_quyetdinh-1803-QD-TTg-2015-du-an-PMR-WB-thi-truong-cac-bon.txt"
L = lambda sub: _L(SRC, sub)
doc = {
  "kind": "QuyetDinh", "number": "1803/QĐ-TTg", "issuer": "Thủ tướng Chính phủ", "place": "Hà Nội",
  "issuedOn": "2015-10-22",
  "title": "PHÊ DUYỆT DANH MỤC DỰ ÁN HỖ TRỢ KỸ THUẬT “CHUẨN BỊ SẴN SÀNG CHO XÂY DỰNG THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM” "
           "DO WB TÀI TRỢ",
  "signer": {"name": "Hoàng Trung Hải", "position": "Phó Thủ tướng", "capacity": "KT. Thủ tướng"},
  "references": [
    R("NghiDinh", "38/2013/NĐ-CP", "2013-04-23", "Chính phủ", "basis"),
    # "Xét đề nghị của Bộ Kế hoạch và Đầu tư tại Công văn số 7059/BKHĐT-KTĐN ngày 29 tháng 9 năm 2015": the proposal
    # the decision answers; no "của" after the number -> issuer null (NOTES: alternative issuer Bộ Kế hoạch và Đầu tư).
    R("CongVan", "7059/BKHĐT-KTĐN", "2015-09-29", None),
  ],
  "recipients": ["TTg CP, các PTTgCP", "Các Bộ: KHĐT, TC, TNMT, CT, XD", "Ngân hàng Nhà nước Việt Nam",
                 "VPCP: BTCN, các PCN, Trợ lý TTgCP, các Vụ: TH, KTN, KTTH, KGVX, TGĐ Cổng TTĐT",
                 "Lưu: VT, QHQT(3). AT. 33"],
}
TN = "Bộ Tài nguyên và Môi trường"
tasks = [
  # Điều 2 "Giao Bộ Tài nguyên và Môi trường:" -> its bullets, path 2.1, 2.2.
  T("2.1", A(SRC, L("- Thực hiện các thủ tục để phê duyệt Dự án")), [TN], [], None, "Khac"),
  # "phối hợp với các Bộ: Kế hoạch và Đầu tư, Công Thương, Xây dựng, Tài chính" -> one support per named ministry.
  T("2.2", A(SRC, L("- Chủ trì, điều phối và phối hợp với các Bộ")), [TN],
    ["Bộ Kế hoạch và Đầu tư", "Bộ Công Thương", "Bộ Xây dựng", "Bộ Tài chính"], None, "Khac"),
  # Điều 3: its own subject, a thing to do ("ký với WB Hiệp định …"). The anchor starts after the article's marker
  # "Điều 3." (a marker, like "- " or "1.", is no part of the task's text; corrected by xr12 after the blind measurement).
  T("3", A(SRC, L("Điều 3. Ngân hàng Nhà nước Việt Nam ký với WB"), after="Điều 3."), ["Ngân hàng Nhà nước Việt Nam"], [], None,
    "Khac"),
]
# Điều 1's items (capital and its allocation, "Cơ quan chủ quản", "Chủ Dự án", objective, results, "Thời gian thực hiện
# Dự án: 36 tháng …") approve and state; Điều 4 (effect) and the execution paragraph under it give none.
write(SRC, doc, tasks)
