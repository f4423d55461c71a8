"""Blind labels for realdocs5 03: Quyết định 2200/QĐ-BNNMT of the Ministry of Agriculture and Environment (10/6/2026)
issuing the plan to carry out Nghị định 180/2026/NĐ-CP on forest carbon sequestration services: read as the plan
(kind KeHoach); I MỤC ĐÍCH, YÊU CẦU; II NỘI DUNG TRIỂN KHAI (ownerless items); III TỔ CHỨC THỰC HIỆN; an unnumbered
PHỤ LỤC task table whose markdown cells arrive as one line each. Markdown text from Trangsct/skill-sct. Annotator
annot7; see corpus/labels/NOTES.md (realdocs5)."""
from labelkit import T, D
from r5kit import anchor_or_first, write
SRC = "03_quyetdinh-kehoach-2200-QD-BNNMT-2026-trien-khai-ND180-cac-bon-rung.txt"
A = lambda ln: anchor_or_first(SRC, ln)
B, CP = "Bộ Nông nghiệp và Môi trường", "Chính phủ"
R = lambda kind, number, on, issuer, rel="mentions": {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": rel}
doc = {
  "kind": "KeHoach", "number": "2200/QĐ-BNNMT", "issuer": B, "place": "Hà Nội", "issuedOn": "2026-06-10",
  "title": "TRIỂN KHAI THỰC HIỆN NGHỊ ĐỊNH SỐ 180/2026/NĐ-CP NGÀY 21 THÁNG 5 NĂM 2026 CỦA CHÍNH PHỦ QUY ĐỊNH VỀ DỊCH VỤ HẤP THỤ VÀ LƯU GIỮ CÁC-BON CỦA RỪNG",
  "signer": {"name": "Nguyễn Quốc Trị", "position": "Thứ trưởng", "capacity": "KT. Bộ trưởng"},
  "references": [
    R("NghiDinh", "35/2025/NĐ-CP", "2025-02-25", CP, "basis"),
    R("NghiDinh", "180/2026/NĐ-CP", "2026-05-21", CP, "implements"),
  ],
  "recipients": ["Như Điều 3", "Bộ trưởng Trịnh Việt Hùng (để báo cáo)", "Các đ/c Thứ trưởng", "Văn phòng Đảng ủy Bộ",
                 "Lưu: VT, LNKL"],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
LNKL, BDKH, PC = "Cục Lâm nghiệp và Kiểm lâm", "Cục Biến đổi khí hậu", "Vụ Pháp chế"
CLN = ["Cục Lâm nghiệp", "Cục Kiểm lâm"]            # "Cục Lâm nghiệp và Cục Kiểm lâm" split as written
SO = "Sở Nông nghiệp và Môi trường"
CQ = "các cơ quan, đơn vị có liên quan"
TX = D("ongoing", "Thường xuyên")
Q34 = D("period", "Quý III, IV/2026", "2026-12-31")
Q4_27 = lambda t: D("period", t, "2027-12-31")
tasks = [
  # Điều 1–3 of the decision are not tasks; I MỤC ĐÍCH, YÊU CẦU neither.
  # II NỘI DUNG TRIỂN KHAI: no owners in the items (the appendix gives them) → lead [], mode null.
  T("II.1.a", A(37), [], [], None, TT),
  T("II.1.b", A(38), [], [], None, TT),
  T("II.1.c", A(39), [], [], None, TT),
  T("II.2.a", "a) Xây dựng Thông tư quy định về phương pháp xác định", [], [], None, BH),          # same words as the row PL1.2.a
  T("II.2.b", A(42), [], [], None, BH),
  T("II.2.c", A(43), [], [], None, BH),
  T("II.2.d", A(44), [], [], None, K),
  T("II.2.đ", "tạo tín chỉ các- bon rừng để chuyển giao quốc tế", [], [], None, BH),
  T("II.3", A(46), [], [], None, K),
  T("II.4", A(47), [], [], None, K),
  T("II.5", A(48), [], [], D("ongoing", "Thường xuyên"), BC),
  # III TỔ CHỨC THỰC HIỆN
  T("III.1", A(50), [LNKL], [], None, KT),
  T("III.2", A(51), [BDKH], [], None, K),
  # III.3: funding sources (not a task), then "Hằng năm, các cơ quan được phân công chủ trì … có trách nhiệm đề xuất …"
  # → a task of those bodies (alternative: funding clause, not a task).
  T("III.3", "các cơ quan được phân công chủ trì thực hiện nhiệm vụ",
    ["các cơ quan được phân công chủ trì thực hiện nhiệm vụ tại Kế hoạch này"], [],
    D("recurring", "Hằng năm", None, "year"), K),
  # III.4 "nếu phát hiện khó khăn, vướng mắc … báo cáo …" closing boilerplate: not a task.
  # PHỤ LỤC (→ PL1): group rows 1 and 2 (titles) are not tasks; their lettered rows and rows 3–5 are.
  T("PL1.1.a", A(63), [LNKL], [PC, CQ], Q34, TT),
  T("PL1.1.b", A(68), [LNKL, SO], [PC, CQ], Q34, TT),
  T("PL1.1.c", A(73), [LNKL, SO], ["Các cơ quan, đơn vị có liên quan"], TX, TT),
  T("PL1.2.a", A(80), [LNKL], [PC, CQ], D("period", "Quý III/2026", "2026-09-30"), BH),
  T("PL1.2.b", A(85), [LNKL], [BDKH, "Ủy ban nhân dân cấp tỉnh", CQ], Q4_27("Quý III, IV/2026, 2027"), BH),
  # 2.c's cells wrap over lines 90/94 (Nhiệm vụ) and 91/95 (chủ trì "Viện …, Cục" / "Lâm nghiệp và Kiểm lâm").
  T("PL1.2.c", A(90), ["Viện Khoa học lâm nghiệp Việt Nam", LNKL], ["Vụ Khoa học và Công nghệ", CQ],
    Q4_27("Quý IV/2026, 2027"), BH),
  T("PL1.2.d", A(97), CLN, [BDKH, CQ], Q4_27("Quý IV/2026, 2027"), K),
  T("PL1.2.đ", "tạo tín chỉ các-bon rừng để chuyển giao quốc tế", CLN, [BDKH], D("period", "Quý II, III/2026", "2026-09-30"), BH),
  T("PL1.3", A(107), CLN + [SO + " các tỉnh"], [BDKH, "Vụ Hợp tác quốc tế", PC, "các đơn vị có liên quan"], TX, K),
  T("PL1.4", A(112), CLN + [SO + " các tỉnh"], ["Vụ Hợp tác quốc tế", CQ], TX, K),
  T("PL1.5", A(117), CLN + [SO + " các tỉnh"], [PC, CQ], TX, KT),
]
write(SRC, doc, tasks, shared=("PL1.2.a",))
