"""Blind labels for realdocs10 01: Chỉ thị 13/CT-TTg of the Prime Minister (02/5/2024) on managing carbon credits for
the NDC. "Thủ tướng Chính phủ yêu cầu:" over eight numbered items: owner headings 1 (five ministries), 2, 3, 7 over
lettered items; inline-owner items 4, 5, 6; item 8 a closing call to the ministers and chairmen; then the unnumbered
"Văn phòng Chính phủ theo dõi, đôn đốc …". HTML-to-Markdown text (header and signature as tables), from
Trangsct/skill-sct. Annotator annot12; see NOTES.md (realdocs10)."""
from labelkit import T, D
from r10kit import A as _A, R, L as _L, write
SRC = "01_chithi-13-CT-TTg-2024-quan-ly-tin-chi-cac-bon.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
L = lambda sub, start=1: _L(SRC, sub, start)
doc = {
  "kind": "ChiThi", "number": "13/CT-TTg", "issuer": "Thủ tướng Chính phủ", "place": "Hà Nội",
  "issuedOn": "2024-05-02",
  "title": "VỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON NHẰM THỰC HIỆN ĐÓNG GÓP DO QUỐC GIA TỰ QUYẾT ĐỊNH",
  "signer": {"name": "Phạm Minh Chính", "position": "Thủ tướng", "capacity": None},
  # "Nghị định số 06/2022/NĐ-CP của Chính phủ" (1.a, 2.b): one reference, no date in the text.
  "references": [R("NghiDinh", "06/2022/NĐ-CP", None, "Chính phủ")],
  "recipients": ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
                 "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                 "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương", "Văn phòng Trung ương và các Ban của Đảng",
                 "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước", "Hội đồng Dân tộc và các Ủy ban của Quốc hội",
                 "Văn phòng Quốc hội", "Ủy ban trung ương Mặt trận Tổ quốc Việt Nam",
                 "Cơ quan trung ương của các đoàn thể",
                 "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, Công báo", "Lưu: VT, NN (2)NXT."],
}
BH, TT, KT, BC, TM, K = "BanHanhVanBan", "TuyenTruyen", "KiemTraGiamSat", "BaoCao", "ThamMuu", "Khac"
# Heading 1 "Các Bộ: Công Thương, Giao thông vận tải, Xây dựng, …" names five ministries with one shared head word:
# five owners, each with "Bộ" (NOTES: alternative one string as written).
B5 = ["Bộ Công Thương", "Bộ Giao thông vận tải", "Bộ Xây dựng", "Bộ Nông nghiệp và Phát triển nông thôn",
      "Bộ Tài nguyên và Môi trường"]
TN = "Bộ Tài nguyên và Môi trường"
NN = "Bộ Nông nghiệp và Phát triển nông thôn"
UB = "Ủy ban nhân dân các tỉnh và thành phố trực thuộc trung ương"
tasks = [
  T("1.a", A(L("a) Khẩn trương ban hành kế hoạch giảm nhẹ")), B5, [],
    D("period", "hoàn thành trong Quý III năm 2024", "2024-09-30"), BH),
  T("1.b", A(L("b) Chủ trì, phối hợp với các cơ quan liên quan tham mưu")), B5, ["các cơ quan liên quan"], None, TM),
  T("1.c", A(L("c) Chủ trì, phối hợp với Bộ Thông tin và Truyền thông, các cơ quan")), B5,
    ["Bộ Thông tin và Truyền thông", "các cơ quan thông tấn, báo chí"], None, TT),
  T("2.a", A(L("a) Khẩn trương nghiên cứu thiết lập hệ thống")), [TN], [], None, K),
  T("2.b", A(L("b) Chủ trì, phối hợp với các Bộ, cơ quan liên quan khẩn trương")), [TN], ["các Bộ, cơ quan liên quan"],
    D("date", "trước ngày 30 tháng 7 năm 2024", "2024-07-30"), BH),
  # "các cơ quan liên quan và địa phương có rừng": a descriptor before "và" ends the group -> two supports.
  # "đến năm 2030 và có tính đến năm 2050" bounds the database's scope, not the work -> null, ambiguous.
  T("3.a", A(L("a) Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các cơ quan liên quan và địa phương")), [NN],
    [TN, "các cơ quan liên quan", "địa phương có rừng"], None, K, amb=True),
  # The date closes the first clause only (potential for NDC); the standard and the pilot policy carry none.
  T("3.b", A(L("b) Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các cơ quan liên quan và các địa phương")), [NN],
    [TN, "các cơ quan liên quan", "các địa phương có rừng"],
    D("date", "hoàn thành trước ngày 31 tháng 10 năm 2024", "2024-10-31"), K, amb=True),
  T("4", A(L("4. Bộ Công Thương chủ trì")), ["Bộ Công Thương"], ["các cơ quan liên quan"],
    D("date", "trước ngày 30 tháng 9 năm 2024", "2024-09-30"), TM),
  T("5", A(L("5. Bộ Tài chính chủ trì")), ["Bộ Tài chính"], [TN, "các bộ, cơ quan liên quan"], None, BH),
  # "Bộ Thông tin và Truyền thông phối hợp với các Bộ liên quan chỉ đạo <bodies> xây dựng và thực hiện …": the
  # ministry leads; the bodies it directs also lead (realdocs6/9 "X chỉ đạo Y <work>" convention).
  T("6", A(L("6. Bộ Thông tin và Truyền thông phối hợp")),
    ["Bộ Thông tin và Truyền thông", "các cơ quan thông tấn, báo chí",
     "các đài phát thanh, truyền hình ở trung ương và địa phương"], ["các Bộ liên quan"], None, TT),
  T("7.a", A(L("a) Phối hợp với các Bộ, ngành liên quan tổ chức")), [UB], ["các Bộ, ngành liên quan"], None, K),
  T("7.b", A(L("b) Phối hợp với Bộ Tài nguyên và Môi trường và các Bộ")), [UB], [TN, "các Bộ, ngành liên quan"],
    None, KT),
  T("7.c", A(L("c) Phối hợp với Bộ Thông tin và Truyền thông và các cơ quan")), [UB],
    ["Bộ Thông tin và Truyền thông", "các cơ quan liên quan"], None, TT),
  # 8: a call to carry the directive out strictly, but 46 words (the contract's bare call is up to 25) and it orders
  # the heads to direct their units -> a task (alternative: closing boilerplate, -1).
  T("8", A(L("8. Bộ trưởng, Thủ trưởng cơ quan ngang bộ")),
    ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ",
     "Chủ tịch Ủy ban nhân dân các tỉnh và thành phố trực thuộc trung ương"], [], None, K),
  # Closing paragraph with its own subject and a follow-up ("theo dõi, đôn đốc") -> task, next number.
  T("9", "Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng,", ["Văn phòng Chính phủ"], [], None, KT),
]
write(SRC, doc, tasks)
