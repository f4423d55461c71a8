"""Blind labels for realdocs15 02: Nghị quyết 235/NQ-CP of the Chính phủ (14/8/2026) approving the Vietnam–Singapore
implementing agreement under Article 6 of the Paris Agreement. Three articles: Điều 1 approves (states, no task), Điều 2
"Bộ Ngoại giao thực hiện các thủ tục đối ngoại …", Điều 3 "Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với …
tổ chức triển khai Thỏa thuận./." (no effect or execution clause). Word-table header and signature (the same converter
as realdocs12 03, 1803/QĐ-TTg), from Trangsct/skill-sct. Annotator annot17; see NOTES.md (realdocs15)."""
from labelkit import T
from r15kit import A as _A, R, L as _L, write
SRC = "02_nghiquyet-235-NQ-CP-2026-phe-duyet-thoa-thuan-Dieu-6-VN-Singapore.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "NghiQuyet", "number": "235/NQ-CP", "issuer": "Chính phủ", "place": "Hà Nội", "issuedOn": "2026-08-14",
  "title": "VỀ VIỆC PHÊ DUYỆT THỎA THUẬN THỰC HIỆN THEO ĐIỀU 6 THỎA THUẬN PARIS GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI "
           "CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ NƯỚC CỘNG HÒA SINGAPORE",
  # "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG     Phạm Gia Túc" in one cell: the capacity right above the position
  # (r10-03, r13-04; alternative "TM. Chính phủ").
  "signer": {"name": "Phạm Gia Túc", "position": "Phó Thủ tướng", "capacity": "KT. Thủ tướng"},
  "references": [
    R("NghiDinh", "191/2026/NĐ-CP", "2026-05-29", "Chính phủ", "basis"),
    # "Xét đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường tại Tờ trình số 7804/TTr-BNNMT ngày 15 tháng 7 năm
    # 2026" → mentions, issuer null (realdocs12 03's reading of "Xét đề nghị của … tại …"; alternative the Bộ trưởng).
    R("Other", "7804/TTr-BNNMT", "2026-07-15", None),
  ],
  "recipients": ["Các đồng chí Thành viên Chính phủ", "Các Bộ: NNMT, NG, TP, CT, XD, TC, CA",
                 "VPCP: BTCN; các PCN, Trợ lý TTg, các Vụ: TH, PL, NN, KTTH; CTTCP", "Lưu: VT, QHQT ( )."],
}
K = "Khac"
tasks = [
  # Điều 1 "Phê duyệt Thỏa thuận …" approves → no task.
  # Điều 2: its own subject, a body → task "2" (alternative BaoCao for "thông báo hiệu lực"; Khac: treaty procedure).
  T("2", A(L("Điều 2. Bộ Ngoại giao thực hiện"), "Điều 2."), ["Bộ Ngoại giao"], [], None, K),
  # Điều 3: "chủ trì, phối hợp với các bộ, cơ quan liên quan tổ chức triển khai" → task "3" (no execution clause: it
  # names an owner and work, not "chịu trách nhiệm thi hành Nghị quyết này").
  T("3", A(L("Điều 3. Bộ Nông nghiệp và Môi trường chủ trì"), "Điều 3."), ["Bộ Nông nghiệp và Môi trường"],
    ["các bộ, cơ quan liên quan"], None, K),
]
write(SRC, doc, tasks)
