"""Blind labels for realdocs9 04: Công văn 648/VPCP-NN of the Văn phòng Chính phủ (26/01/2022) conveying the Deputy
Prime Minister's opinion on the carbon-market scheme: one unnumbered paragraph ordering the Ministry of Finance to report
and draft the scheme. Markdown-table header, from Trangsct/skill-sct. Annotator annot11; see NOTES.md (realdocs9)."""
from labelkit import T
from r9kit import A as _A, R, L as _L, write
SRC = "04_congvan-648-VPCP-NN-2022-de-an-thi-truong-cac-bon.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
L = lambda sub, start=1: _L(SRC, sub, start)
doc = {
  "kind": "CongVan", "number": "648/VPCP-NN", "issuer": "Văn phòng Chính phủ", "place": "Hà Nội",
  "issuedOn": "2022-01-26",
  "title": "V/v phê duyệt Đề án phát triển thị trường các-bon tại Việt Nam",
  "signer": {"name": "Nguyễn Cao Lục", "position": "Phó Chủ nhiệm", "capacity": "KT. Bộ trưởng, Chủ nhiệm"},
  "references": [
    R("Other", "87/TTr-BTNMT", "2021-11-26", None),
    R("QuyetDinh", "1775/QĐ-TTg", "2012-11-21", "Thủ tướng Chính phủ"),
  ],
  "recipients": ["Như trên", "TTgCP, Phó Thủ tướng Lê Văn Thành", "Các Bộ: NN&PTNT, KHĐT, GTVT, CT, KHCN, XD, TP",
                 "VPCP: BTCN, PCN Nguyễn Cao Lục, các Vụ: PL, CN, KTTH; TGĐ Cổng TTĐT", "Lưu: VT, NN (2*b*).Thanh"],
}
tasks = [
  # The letter's one unnumbered paragraph after "… có ý kiến như sau:" (path "1", the letter's only item): report on
  # the 1775 task, then draft the scheme "chủ trì, phối hợp với Bộ Tài nguyên và Môi trường và các cơ quan có liên quan".
  T("1", A(L("Bộ Tài chính báo cáo tình hình thực hiện nhiệm vụ")), ["Bộ Tài chính"],
    ["Bộ Tài nguyên và Môi trường", "các cơ quan có liên quan"], None, "BanHanhVanBan"),
  # "Văn phòng Chính phủ thông báo để … biết, thực hiện./." -> closing boilerplate.
]
write(SRC, doc, tasks)
