"""Blind labels for realdocs2 03: Kế hoạch 617/KH-UBND Đồng Tháp 2025 (chuyển đổi số cho doanh nghiệp, HTX, hộ kinh doanh).
Body section III repeats most rows of the appendix table (Phụ lục): both are labelled, as label 02 (QĐ 844) did."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "03_kehoach-617-KH-UBND-DongThap-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
DT = "Ủy ban nhân dân tỉnh Đồng Tháp"
doc = {
  "kind": "KeHoach", "number": "617/KH-UBND", "issuer": DT,
  "place": "Đồng Tháp", "issuedOn": "2025-12-01",
  "title": "CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP NHỎ VÀ VỪA, HỢP TÁC XÃ, HỘ KINH DOANH",
  "signer": {"name": "Huỳnh Minh Tuấn", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "KeHoach", "number": "283/KH-UBND", "issuedOn": "2025-09-24", "issuer": DT, "relation": "implements"},
    {"kind": "NghiQuyet", "number": "71/NQ-CP", "issuedOn": "2025-05-01", "issuer": "Chính phủ", "relation": "mentions"},
    {"kind": "Other", "number": "10-CTr/TU", "issuedOn": "2025-08-13", "issuer": "Ban Thường vụ Tỉnh ủy", "relation": "mentions"},
    {"kind": "NghiQuyet", "number": "57-NQ/TW", "issuedOn": "2024-12-22", "issuer": "Bộ Chính trị", "relation": "mentions"},
    {"kind": "NghiDinh", "number": "80/2021/NĐ-CP", "issuedOn": "2021-08-26", "issuer": "Chính phủ", "relation": "mentions"},
  ],
  "recipients": [
    "Bộ Khoa học và Công nghệ",
    "CT, các PCT UBND Tỉnh",
    "Mục IV",
    "VPUB: CVP, các PCVP",
    "Lưu: VT, KGVX. Thg",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
KHCN = ["Sở Khoa học và Công nghệ"]
SBN, XP = "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"
LQ = "các đơn vị liên quan"
ONG = D("ongoing", "Thường xuyên")
Q4 = D("period", "Quí IV-2025", "2025-12-31")
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU and II MỤC TIÊU, ĐỐI TƯỢNG: not tasks.
  # III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM (no owners)
  T("III.1.a", A(108), [], [], None, TT),
  T("III.1.b", A(112), [], [], None, K),
  T("III.1.c", A(117), [], [], None, PT),
  T("III.1.d", "Triển khai đánh giá mức độ", [], [], None, K),
  T("III.1.đ", "khen thưởng, khích lệ, động viên kịp thời bằng", [], [], None, KTh),
  T("III.2.a", A(131), [], [], None, BH),
  T("III.2.b", A(137), [], [], None, BH),
  T("III.2.c", A(141), [], [], None, BH),
  T("III.2.d", A(145), [], [], None, BH),
  T("III.2.đ", A(150), [], [], None, K),
  T("III.2.e", A(154), [], [], None, BH),
  T("III.2.g", "các ứng dụng, dịch vụ số mới theo hình thức hợp", [], [], None, BH),
  T("III.2.h", "vừa theo Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ", [], [], None, K),
  T("III.3.a", A(171), [], [], None, BH),
  T("III.3.b", A(176), [], [], None, K),
  T("III.3.c", A(181), [], [], None, K),
  T("III.4.a", "mô hình, chuyển đổi số trong các doanh nghiệp trên địa", [], [], None, K),
  T("III.4.b", "doanh nghiệp, viện, trường trong và ngoài nước về", [], [], None, K),
  T("III.4.c", "mời gọi các nhà đầu tư trong nước và ngoài nước", [], [], None, K),
  # IV. TỔ CHỨC THỰC HIỆN
  T("IV.1.a", A(207), KHCN, ["các cơ quan, đơn vị, địa phương"], None, TM),
  T("IV.1.b", A(212), KHCN, [], None, BC),
  T("IV.2.a", A(217), ["Sở Tài chính"], [], None, TM),
  T("IV.2.b", A(221), ["Sở Tài chính"], [], None, K),
  T("IV.3", "vừa, hợp tác xã, hộ kinh doanh phát triển, kinh", ["Sở Công Thương"], [], None, K),
  T("IV.4", A(233), ["Sở Văn hóa, Thể thao và Du lịch"], [], None, TT),
  T("IV.5", A(240), [XP], [], None, BH),
  T("IV.6.a", A(247), ["Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã Tỉnh"], [], None, TT, mode="requested"),
  T("IV.6.b", A(251), ["Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã Tỉnh"], KHCN, None, K, mode="requested"),
  T("IV.6.c", A(255), ["Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã Tỉnh"], [], None, BC, mode="requested"),
  T("IV.7", A(262), [SBN, XP], [],
    D("recurring", "trước ngày 01/6 và 15/11 hằng năm", "2026-06-01", "half-year"), BC, amb=True),
  # PHỤ LỤC: DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM (table rows 1–11)
  T("PL1.1", A(317), KHCN, [SBN, XP], ONG, K),
  T("PL1.2", "số trong các doanh nghiệp trên địa bàn Tỉnh.", KHCN, [SBN, XP], ONG, K),
  T("PL1.3", "thưởng, khích lệ, động viên kịp thời bằng nhiều hình thức", ["Sở Nội vụ"],
    ["Sở Khoa học và Công nghệ", "các cơ quan, đơn vị liên quan"],
    D("recurring", "Thường xuyên, hằng năm", None, "year"), KTh, amb=True),
  T("PL1.4", "giá mức độ chuyển đổi số doanh nghiệp.", KHCN, [SBN], Q4, BH),
  T("PL1.5", "nhỏ và vừa, hợp tác xã, hộ kinh doanh phát triển,", ["Sở Công Thương"], [XP], Q4, K),
  T("PL1.6", "doanh nghiệp tham gia phát triển các ứng dụng, dịch vụ", KHCN, [SBN, LQ, XP], Q4, BH),
  T("PL1.7", "khoa học và công nghệ) trên địa bàn Tỉnh.", KHCN, [SBN, LQ, XP],
    D("recurring", "Hằng năm", None, "year"), K),
  T("PL1.8", A(414), KHCN, ["Ban Quản lý Khu kinh tế", "Sở Công Thương", "các doanh nghiệp viễn thông", "các cơ quan, đơn vị liên quan"], Q4, BH),
  T("PL1.9", "các tỉnh, thành phố có các mô hình, chuyển đổi số", KHCN, [SBN, XP], ONG, K),
  T("PL1.10", "thu hút, mời gọi các nhà đầu tư trong và ngoài nước", KHCN, [SBN, XP], ONG, K),
  T("PL1.11", "Đẩy mạnh hợp tác với doanh", KHCN, [SBN, XP], Q4, K),
]
SHARED = ("III.1.d", "III.1.đ", "III.2.h", "IV.3", "PL1.2", "PL1.3", "PL1.5", "PL1.6", "PL1.9")
write(SRC, doc, tasks, shared=SHARED)
