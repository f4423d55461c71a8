"""Blind labels for realdocs9 05: Công văn 3479/VPCP-NN of the Văn phòng Chính phủ (26/5/2021) conveying the Deputy
Prime Minister's opinion on a pilot forest carbon-credit scheme of Quảng Nam province: 1 agrees in principle (no task),
2 the province's Ủy ban drafts the scheme, 3 "Giao Bộ Nông nghiệp và Phát triển nông thôn …". Markdown-table header,
from Trangsct/skill-sct. Annotator annot11; see NOTES.md (realdocs9)."""
from labelkit import T
from r9kit import A as _A, R, L as _L, write
SRC = "05_congvan-3479-VPCP-NN-2021-thi-diem-tin-chi-cac-bon-rung-QuangNam.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
L = lambda sub, start=1: _L(SRC, sub, start)
doc = {
  "kind": "CongVan", "number": "3479/VPCP-NN", "issuer": "Văn phòng Chính phủ", "place": "Hà Nội",
  "issuedOn": "2021-05-26",
  "title": "V/v xây dựng Đề án thí điểm kinh doanh tín chỉ các - bon rừng",
  "signer": {"name": "Nguyễn Cao Lục", "position": "Phó Chủ nhiệm", "capacity": "KT. Bộ trưởng, Chủ nhiệm"},
  # "Về đề nghị của <body> tại văn bản số …, <body> tại văn bản số …": each letter's issuer is the body named before it.
  "references": [
    R("Other", "1094/TTr-UBND", "2021-03-04", "Ủy ban nhân dân tỉnh Quảng Nam"),
    R("CongVan", "729/BNN-TCLN", "2021-02-03", "Bộ Nông nghiệp và Phát triển nông thôn"),
    R("CongVan", "15988/BTC-PC", "2020-12-29", "Bộ Tài chính"),
    R("CongVan", "7233/BTNMT-BĐKH", "2020-12-22", "Bộ Tài nguyên và Môi trường"),
    R("CongVan", "4670/BTP-PLDSKT", "2020-12-15", "Bộ Tư pháp"),
    R("CongVan", "9682/BCT-TKNL", "2020-12-17", "Bộ Công Thương"),
    R("CongVan", "3647/BKHCN-ĐP", "2020-12-03", "Bộ Khoa học và Công nghệ"),
  ],
  "recipients": ["Như trên", "TTgCP, Phó TTg Lê Văn Thành", "Các Bộ: TC, KHĐT, TNMT, TP, CT, KHCN",
                 "VPCP: BTCN, PCN Nguyễn Cao Lục, các Vụ: KTTH, QHĐP, QHQT, CN, PL", "Lưu: VT, NN (2). Kh"],
}
tasks = [
  # 1 "Đồng ý về chủ trương …" decides (contract: "Đồng ý …" assigns nothing) -> no task; its "Thời gian thí điểm: 05
  # năm, từ năm 2021 đến hết năm 2025" bounds the pilot, not a task.
  T("2", A(L("2. Ủy ban nhân dân tỉnh Quảng Nam chủ trì")), ["Ủy ban nhân dân tỉnh Quảng Nam"],
    ["các cơ quan liên quan"], None, "BanHanhVanBan"),
  T("3", A(L("3. Giao Bộ Nông nghiệp và Phát triển nông thôn")), ["Bộ Nông nghiệp và Phát triển nông thôn"],
    ["Bộ Tài nguyên và Môi trường", "các cơ quan liên quan"], None, "ThamMuu"),
  # Closing "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./." -> boilerplate.
]
write(SRC, doc, tasks)
