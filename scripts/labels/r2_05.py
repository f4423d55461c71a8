"""Blind labels for realdocs2 05: Kế hoạch 157/KH-UBND Cần Thơ 2025 (phát động phong trào thi đua vận động thực hiện chi trả
trợ giúp xã hội, hưu trí xã hội không dùng tiền mặt). Third annotator (labels6). The appendix is a scoring table
(tiêu chí thi đua, điểm chuẩn, hướng dẫn chấm điểm), not a task table: no rows are labelled."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "05_kehoach-157-KH-UBND-CanTho-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
CT = "Ủy ban nhân dân thành phố Cần Thơ"
doc = {
  "kind": "KeHoach", "number": "157/KH-UBND", "issuer": CT,
  "place": "Cần Thơ", "issuedOn": "2025-11-18",
  "title": "PHÁT ĐỘNG PHONG TRÀO THI ĐUA VẬN ĐỘNG THỰC HIỆN CHI TRẢ TRỢ GIÚP XÃ HỘI, HƯU TRÍ XÃ HỘI KHÔNG DÙNG TIỀN MẶT TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ",
  "signer": {"name": "Nguyễn Thị Ngọc Điệp", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "ChiThi", "number": "21/CT-TTg", "issuedOn": "2022-11-25", "issuer": "Thủ tướng Chính phủ", "relation": "implements"},
    {"kind": "Other", "number": "552/TB-VPCP", "issuedOn": "2025-10-13", "issuer": "Văn phòng Chính phủ", "relation": "implements"},
    {"kind": "QuyetDinh", "number": "10/2024/QĐ-UBND", "issuedOn": "2024-06-13", "issuer": CT, "relation": "mentions"},
  ],
  "recipients": [
    "CT, PCT UBND TP (1AE)",
    "Sở: Nội vụ, Y tế, KHCN",
    "NH Nhà nước CN khu vực 14",
    "Bưu điện thành phố",
    "UBND xã, phường",
    "VPUBND TP (2C, 3C)",
    "Lưu: VT, MX",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
ONG = lambda t: D("ongoing", t)
XA = ["Ủy ban nhân dân xã, phường"]
YT = ["Sở Y tế"]
NHNN = ["Ngân hàng Nhà nước chi nhánh khu vực 14"]
TCDV = ["các tổ chức cung cấp dịch vụ chi trả"]
R = "requested"
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU and II ĐỐI TƯỢNG VÀ THỜI GIAN THI ĐUA: not tasks.
  # III.1 Nội dung thi đua: the five numbered indicators (1)-(5) under the intro, lead [].
  T("III.1.1", A(159), [], [], None, TT),
  T("III.1.2", A(164), [], [], None, K),
  T("III.1.3", A(169), [], [], None, K),
  T("III.1.4", A(174), [], [], None, K),
  T("III.1.5", A(178), [], [], None, K),
  # III.2 Phương án triển khai
  T("III.2.a", A(185), XA, [], None, TT),
  T("III.2.b", A(194), XA, ["các Ngân hàng thương mại"], None, K),
  T("III.2.c", A(204), XA, ["các tổ chức chi trả dịch vụ"], None, K, amb=True),
  T("III.2.d", A(211), [], [], None, KT),
  T("III.2.đ", A(215), [], [], None, KTh),
  # III.3 Tiêu chí đánh giá, xếp loại: a) assigns the inspection team; b) is a criterion fragment (not a task).
  T("III.3.a", A(221), YT, [], None, KT),
  # III.4 Cách thức xếp hạng: a) the council's review meeting; b) and the "Lưu ý" tie-break bullets are rules.
  T("III.4.a", A(232), ["Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố"], [], None, KTh),
  # IV KHEN THƯỞNG: award forms and funding rules, not tasks.
  # V TỔ CHỨC THỰC HIỆN
  T("V.1.a", A(294), YT, ["Sở, ban ngành liên quan"], None, KT),
  T("V.1.b", A(298), YT, [], None, BH),
  T("V.1.c", A(302), YT, ["Sở Nội vụ (Ban Thi đua - Khen thưởng)"], None, KTh),
  T("V.1.d", A(308), YT, [], None, KTh),
  T("V.1.đ", A(311), YT, [], None, TM),
  T("V.2", A(316), ["Sở Nội vụ"], YT, None, KTh),
  T("V.3.a.1", A(330), NHNN, ["Sở Y tế", "địa phương"], None, TT),
  T("V.3.a.2", A(336), NHNN, ["Ủy ban nhân dân xã, phường"], None, K),
  T("V.3.a.3", A(341), NHNN, [], None, K),
  T("V.3.b", A(345), NHNN, [], None, TM),
  T("V.4", A(350), ["Sở Khoa học và Công nghệ"], [], None, K),
  T("V.5.a", A(358), XA, [], None, BH),
  T("V.5.b", A(362), XA, [], None, TT),
  T("V.5.c", A(371), XA, ["các tổ chức cung cấp dịch vụ chi trả"], None, K),
  T("V.5.d", A(381), XA, ["các đơn vị liên quan"], None, K),
  T("V.5.đ", "đ) Thường xuyên rà soát, cập", XA, [], ONG("Thường xuyên"), K),
  T("V.6.a", A(393), TCDV, [], None, PT, mode=R),
  T("V.6.b", A(397), TCDV, [], None, K, mode=R),
  T("V.6.c", A(403), TCDV, [], None, K, mode=R),
]
write(SRC, doc, tasks)
