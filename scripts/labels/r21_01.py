"""Blind labels for realdocs21 01: Thông báo 330/TB-VPCP (18/10/2022) of the Văn phòng Chính phủ, the Prime Minister's
conclusions at the meeting of 03/10/2022 on connecting the ministries' data for e-commerce (tesseract OCR of a signed
PDF under the tax collection's front matter): 1 an assessment, then an item whose number the OCR lost (". Dé thúc day
…") whose intro hands "các bộ, ngành" the tasks a)–b), then c)–k) by owner (two of them "Giao …", one "Phân công Phó Thủ
tướng …"), the closing line for information. Annotator annot23; see NOTES.md (realdocs21)."""
from labelkit import T, D
from r21kit import A as _A, R, L as _L, write
SRC = "01_thongbao-330-TB-VPCP-2022-ket-luan-Thu-tuong-ket-noi-du-lieu-thuong-mai-dien-tu-ocr.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
CP = "Chính phủ"
doc = {
  # "THÔNG BÁO" → Other (realdocs9 01, the same office's conclusions notice).
  "kind": "Other", "number": "330/TB-VPCP",
  # Header "VAN PHONG CHÍNH PHU CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM": the issuer's words before the OCR-damaged motto,
  # a central body's name misread by its marks read as the name.
  "issuer": "Văn phòng Chính phủ",
  "place": "Hà Nội", "issuedOn": "2022-10-18",
  # The three lines under THÔNG BÁO, joined, as written.
  "title": "Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại cuộc họp về kết nối dữ liệu của các bộ, ngành phục vụ "
           "phát triển thương mại điện tử ngày 03 tháng 10 năm 2022",
  # "Noi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM" (the title set beside the label), the name under the list: the Minister-Chairman
  # signs himself, no KT. → position "Bộ trưởng, Chủ nhiệm" (title case as realdocs9 wrote the capacity), capacity null.
  "signer": {"name": "Trần Văn Sơn", "position": "Bộ trưởng, Chủ nhiệm", "capacity": None},
  "references": [
    # đ.3 "theo chỉ đạo của Chính phủ tại Nghị quyết số 121/NQ-CP ngày 11 tháng 9 năm 2022" → the body before "tại"
    # (realdocs9's convention for "<body> tại văn bản số …").
    R("NghiQuyet", "121/NQ-CP", "2022-09-11", CP),
    # h) and i) (one reference), "… ngày 19 tháng 10 năm 2020 của Chính phủ".
    R("NghiDinh", "126/2020/NĐ-CP", "2020-10-19", CP),
    # h) "theo yêu cầu của lãnh đạo Chính phủ tại công văn số 6499/VPCP-KTTH ngày 30 tháng 9 năm 2022": a letter of the
    # Office; no "của" after the number → issuer null (alternative "lãnh đạo Chính phủ", the body before "tại").
    R("CongVan", "6499/VPCP-KTTH", "2022-09-30", None),
  ],
  # "- BỘ TRƯỞNG, CHỦ NHIỆM" on the label's line is the signature's title, no recipient. "~" is the OCR's dash; the
  # tail "; =" dropped with the semicolon; wrapped items joined; the last as written.
  "recipients": ["TTgCP, các PTTgCP (đê b/c)",
                 "Các Bộ, cơ quan: Công an, Tài chính, Kế hoạch va Đầu tư, Công Thương, Thông tin và Truyền thông, Tư pháp, Ngân hàng Nhà nước Việt Nam",
                 "VPCP: BTCN, các PCN, Trợ lý, Thư ký TTgCP, PTTgCP, các Vụ: KTTH, TH",
                 "Lưu: VT, KSTT().vra"],
}
BN = ["các bộ, ngành"]
M10 = D("date", "trong tháng 10 năm 2022", "2022-10-31")
tasks = [
  # 1 "Hoan nghênh các bộ, cơ quan …" and what the matter is about: an assessment → none (realdocs9 01's item 1).
  # The next item lost its number to the OCR (". Dé thúc day kết nối …"); read as item 2 (alternative paths 1.a …, the
  # letters under item 1). Its intro "… các bộ, ngành can tập trung triển khai các nhiệm vụ trọng tâm sau đây:" ends in
  # a colon: no task; its subject "các bộ, ngành" passes to a) and b), which have none of their own. Mode assigned
  # throughout (the Prime Minister directs ministries; realdocs9's convention for the Office's conclusions).
  # a) digitise and enrich each ministry's data, connect and share them → Khac.
  T("2.a", A(L("a) Tăng cường thực hiện số hóa"), "a)"), BN, [], None, "Khac"),
  # b) review and complete the rules on e-commerce (BanHanhVanBan, the review rule); "phối hợp chặt chẽ với Bộ Công an
  # thực hiện các nhiệm vụ … Đề án 06" → support Bộ Công an.
  T("2.b", A(L("b) Tiếp tục rà soát, hoàn thiện"), "b)"), BN, ["Bộ Công an"], None, "BanHanhVanBan"),
  # c) its own subject; "phối hợp với Bộ Tài chính và các bộ, ngành, liên quan" → two supports, the group as written
  # (OCR comma kept; alternative "các bộ, ngành liên quan") → Khac.
  T("2.c", A(L("c) Bộ Công Thương tiếp tục"), "c)"), ["Bộ Công Thương"], ["Bộ Tài chính", "các bộ, ngành, liên quan"],
    None, "Khac"),
  # "đ) Bộ Công an:" is the OCR's "d)" (the next item is also "đ)"); an owner heading over two bullets → paths 2.d.1–2.
  # d.1 chair the connection of the national population database → support "các bộ, ngành" → Khac.
  T("2.d.1", A(L("- Chủ trì, phối hợp với các bộ, ngành đây nhanh")), ["Bộ Công an"], BN, None, "Khac"),
  # d.2 with the Office, urge the ministries to carry out Đề án 06 → KiemTraGiamSat (đôn đốc).
  T("2.d.2", A(L("- Phối hợp với Văn phòng Chính phủ đôn đốc")), ["Bộ Công an"], ["Văn phòng Chính phủ"], None,
    "KiemTraGiamSat"),
  # "đ) Bộ Thông tin và Truyền thông:" over three bullets, marked "_", "-", "~" by the OCR.
  # đ.1 upgrade the data-sharing platform → Khac.
  T("2.đ.1", A(L("_ Tiếp tục nâng cấp nền tảng tích hợp"), "_"), ["Bộ Thông tin và Truyền thông"], [], None, "Khac"),
  # đ.2 push the ministries to digitise and share data ("Thúc đây các bộ, ngành …": the ministries are whom it pushes,
  # no supports) → Khac.
  T("2.đ.2", A(L("- Thúc đây các bộ, ngành triển khai số hóa")), ["Bộ Thông tin và Truyền thông"], [], None, "Khac"),
  # đ.3 "Chủ trì, phối hợp với các bộ, ngành, địa phương rà soát, đề xuất …; tham mưu Thủ tướng Chính phủ tổ chức Hội
  # nghị …" → support the one group "các bộ, ngành, địa phương"; a review ending in a proposal, then advice → ThamMuu
  # (alternative ToChucBoMay, the proposal being about human resources).
  T("2.đ.3", A(L("~ Chủ trì, phối hợp với các bộ, ngành, địa phương")), ["Bộ Thông tin và Truyền thông"],
    ["các bộ, ngành, địa phương"], None, "ThamMuu"),
  # e) promote cashless payment; "tiếp tục phối hợp với Bộ Tài chính và các bộ, ngành có liên quan" → Khac.
  T("2.e", A(L("e) Ngân hàng Nhà nước Việt Nam tiếp tục"), "e)"), ["Ngân hàng Nhà nước Việt Nam"],
    ["Bộ Tài chính", "các bộ, ngành có liên quan"], None, "Khac"),
  # g) "Giao Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan … phối hợp với các bộ, ngành trình Thủ tướng
  # Chính phủ ban hành Chỉ thị … trong tháng 10 năm 2022." → both groups after "phối hợp với" are supports (alternative
  # the first only); drafting and submitting a directive for issue → BanHanhVanBan; date 2022-10-31 (the month's last
  # day). The sentence after ("Trong đó, phân công rõ …") says what the directive must contain, part of g).
  T("2.g", A(L("g) Giao Bộ Tài chính chủ trì"), "g)"), ["Bộ Tài chính"], ["các bộ, cơ quan liên quan", "các bộ, ngành"],
    M10, "BanHanhVanBan"),
  # h) "Giao Bộ Tư pháp khan trương có ý kiến đối với dự thao Nghị định …": an opinion for the Government → ThamMuu
  # (realdocs16 03's "có ý kiến"; alternative BanHanhVanBan, an opinion on a draft decree); "khẩn trương" and the
  # cited letter's date bound nothing → no deadline.
  T("2.h", A(L("h) Giao Bộ Tư pháp khan trương"), "h)"), ["Bộ Tư pháp"], [], None, "ThamMuu"),
  # i) "Phân công Phó Thủ tướng Lê Minh Khái sớm tổ chức cuộc họp với Bộ Tài chính và các bộ, cơ quan liên quan để chỉ
  # đạo hoàn thiện dự thảo Nghị định …, trình Chính phủ ban hành trong tháng 10 năm 2022." → lead the Deputy Prime
  # Minister by title and name (an official assigned; alternative "Phó Thủ tướng" alone), assigned; a meeting "với"
  # bodies names no support; its purpose, a decree to finish and submit for issue → BanHanhVanBan (alternative Khac);
  # date 2022-10-31.
  T("2.i", A(L("i) Phân công Phó Thủ tướng Lê Minh Khái"), "i)"), ["Phó Thủ tướng Lê Minh Khái"], [], M10,
    "BanHanhVanBan"),
  # k) the Office chairs, with the Ministry of Public Security, the follow-up of Đề án 06 → KiemTraGiamSat.
  T("2.k", A(L("k) Văn phòng Chính phủ chủ trì"), "k)"), ["Văn phòng Chính phủ"], ["Bộ Công an"], None,
    "KiemTraGiamSat"),
  # "Văn phòng Chính phủ thông báo dé các Bộ, cơ quan biết, thực hiện./." → the closing line for information, none.
]
write(SRC, doc, tasks)
