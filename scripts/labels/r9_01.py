"""Blind labels for realdocs9 01: Thông báo 467/TB-VPCP of the Văn phòng Chính phủ (14/10/2024), the conclusions of the
Deputy Prime Minister's meeting on the carbon-market scheme: 1 an assessment (no task), 2 an order to the Ministry of
Finance with three "- Về …:" topic bullets, each over paragraphs, 3 a further order. Markdown-table header (HTML
converted), from Trangsct/skill-sct. Annotator annot11; see NOTES.md (realdocs9)."""
from labelkit import T, D
from r9kit import A as _A, R, L as _L, write
SRC = "01_thongbao-467-TB-VPCP-2024-ket-luan-de-an-thi-truong-cac-bon.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
L = lambda sub, start=1: _L(SRC, sub, start)
doc = {
  "kind": "Other", "number": "467/TB-VPCP", "issuer": "Văn phòng Chính phủ", "place": "Hà Nội",
  "issuedOn": "2024-10-14",
  "title": "KẾT LUẬN CUỘC HỌP VỀ ĐỀ ÁN PHÁT TRIỂN THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM",
  "signer": {"name": "Nguyễn Sỹ Hiệp", "position": "Phó Chủ nhiệm", "capacity": "KT. Bộ trưởng, Chủ nhiệm"},
  "references": [
    R("NghiDinh", "06/2022/NĐ-CP", "2022-01-07", "Chính phủ"),
    R("Other", "09/TB-VPCP", "2024-01-11", None),
    R("Other", "328/TB-VPCP", "2024-07-16", None),
  ],
  "recipients": ["Thủ tướng Chính phủ", "Các Phó Thủ tướng Chính phủ",
                 "Các Bộ: CA, TC, TNMT, CT, GTVT, XD, NNPTNT, KHĐT.",
                 "VPCP: BTCN, các PCN, Trợ lý, Thư ký PTTg Trần Hồng Hà, các Vụ: NN, CN, PL, QHQT, KTTH",
                 "Lưu: VT, NN (2)NXT."],
}
BH = "BanHanhVanBan"
BTC = "Bộ Tài chính"
# The lead-in of 2 ("… hoàn thiện dự thảo Đề án, trình Thủ tướng … trước ngày 20 tháng 10 năm 2024. Trong đó chú ý một
# số nội dung sau:") frames its bullets: its owner passes down; its deadline is passed down too, marked ambiguous.
D20 = lambda: D("date", "trước ngày 20 tháng 10 năm 2024", "2024-10-20")
tasks = [
  # 1: an assessment of the market and of past work ("Bộ Tài chính đã nghiêm túc thực hiện …") -> no task.
  # 2.1: "trao đổi, thống nhất với Bộ Tư pháp và Bộ Tài nguyên và Môi trường" is no "phối hợp với" -> no support.
  T("2.1", A(L("- Về việc xây dựng, trình cấp")), [BTC], [], D20(), BH, amb=True),
  # 2.2: three paragraphs, all Bộ Tài chính's; the third "chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, Bộ Tư pháp".
  # "Bộ Tài nguyên và Môi trường chủ trì thực hiện nhóm các nhiệm vụ …" describes the scheme's future split (no owner).
  T("2.2", A(L("- Về rà soát phân công nhiệm vụ")), [BTC], ["Bộ Tài nguyên và Môi trường", "Bộ Tư pháp"], D20(), BH,
    amb=True),
  # 2.3: second paragraph has its own subject (Bộ Nông nghiệp và Phát triển nông thôn: send a letter), third both.
  T("2.3", A(L("- Về nội dung trao đổi tín chỉ")), [BTC, "Bộ Nông nghiệp và Phát triển nông thôn"], [], D20(), BH,
    amb=True),
  T("3", A(L("3. Bộ Tài chính hoàn thiện dự thảo")), [BTC], [], None, BH),
  # "Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./." -> closing boilerplate.
]
write(SRC, doc, tasks)
