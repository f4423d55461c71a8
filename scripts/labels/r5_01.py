"""Blind labels for realdocs5 01: Chỉ thị 07/CT-TTg of the Prime Minister (02/3/2012) on putting right the management
of economic zones, industrial parks and industrial clusters (KKT, KCN, CCN). Nine numbered items, mostly owner headings
("1. Bộ Kế hoạch và Đầu tư:") over lettered items or "-" bullets, and a closing paragraph with its own subject.
docx text from Trangsct/skill-sct. Annotator annot7; see corpus/labels/NOTES.md (realdocs5)."""
from labelkit import T, D
from r5kit import anchor, write
SRC = "01_chithi-07-CT-TTg-2012-chan-chinh-KKT-KCN-CCN.txt"
A = lambda ln, after=None: anchor(SRC, ln, after)
CP, TTg = "Chính phủ", "Thủ tướng Chính phủ"
R = lambda kind, number, on, issuer, rel="mentions": {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": rel}
doc = {
  "kind": "ChiThi", "number": "07/CT-TTg", "issuer": TTg, "place": "Hà Nội", "issuedOn": "2012-03-02",
  "title": "VỀ VIỆC CHẤN CHỈNH CÔNG TÁC QUẢN LÝ VÀ NÂNG CAO HIỆU QUẢ HOẠT ĐỘNG CỦA CÁC KHU KINH TẾ, KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP",
  "signer": {"name": "Nguyễn Tấn Dũng", "position": "Thủ tướng", "capacity": None},
  "references": [
    R("NghiDinh", "29/2008/NĐ-CP", "2008-03-14", CP),
    R("QuyetDinh", "105/2009/QĐ-TTg", "2009-08-19", TTg),
    R("QuyetDinh", "66/2009/QĐ-TTg", "2009-04-24", TTg),
  ],
  "recipients": ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
                 "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP", "VP BCĐ TW về phòng, chống tham nhũng",
                 "HĐND, UBND các tỉnh, TP trực thuộc TW", "Văn phòng Trung ương và các Ban của Đảng",
                 "Văn phòng Chủ tịch nước", "Hội đồng Dân tộc và các Ủy ban của Quốc hội", "Văn phòng Quốc hội",
                 "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Kiểm toán Nhà nước",
                 "Ủy ban Giám sát tài chính Quốc gia", "Ngân hàng Chính sách Xã hội", "Ngân hàng Phát triển Việt Nam",
                 "UBTW Mặt trận Tổ quốc Việt Nam", "Cơ quan Trung ương của các đoàn thể",
                 "VPCP: BTCN, các PCN, Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo",
                 "Lưu: Văn thư, KTN (5b)"],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
BKH, BCT, BTN, BXD, BTC, BNV = ("Bộ Kế hoạch và Đầu tư", "Bộ Công Thương", "Bộ Tài nguyên và Môi trường", "Bộ Xây dựng",
                                "Bộ Tài chính", "Bộ Nội vụ")
TINH = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
BNLQ = "các Bộ, ngành liên quan"
Q2, Q3, Q4 = (D("period", "trong quý II năm 2012", "2012-06-30"), D("period", "trong quý III năm 2012", "2012-09-30"),
              D("period", "trong quý IV năm 2012", "2012-12-31"))
DD = ["các Bộ, ngành và địa phương liên quan"]     # 1.đ's "Phối hợp với …" over its six bullets
tasks = [
  # Intro "Thủ tướng Chính phủ yêu cầu các Bộ trưởng, … quán triệt và thực hiện các nhiệm vụ sau đây:"; every item has
  # its own owner heading or subject → mode assigned (gold 01 convention; alternative required).
  T("1.a", A(16), [BKH], ["Bộ, ngành liên quan"], Q3, BH),
  T("1.b", A(17), [BKH], ["các Bộ, ngành, địa phương liên quan"], Q4, BH),
  T("1.c", A(18), [BKH], [BNLQ], Q2, BH),
  T("1.d", A(19), [BKH], [], D("recurring", "Hàng năm", None, "year"), K, amb=True),   # alt: period 2015-12-31 "Đến năm 2015"
  T("1.đ.1", A(21), [BKH], DD, None, K),
  T("1.đ.2", A(22), [BKH], DD, None, K),
  T("1.đ.3", A(23), [BKH], DD, None, K),
  T("1.đ.4", A(24), [BKH], DD, None, K),
  T("1.đ.5", A(25), [BKH], DD, None, K),
  T("1.đ.6", "Xây dựng, trình Thủ tướng Chính phủ Đề án kiện toàn", [BKH], DD, None, BH),   # same words as 6.b
  T("2.1", A(28), [BCT], ["các Bộ, ngành và các địa phương liên quan"], Q3, BC),
  T("2.2", A(29), [BCT], [BKH], Q2, K),
  T("3.1", A(31), [BTN], ["Bộ ngành liên quan"], Q4, BC),
  T("3.2", A(32), [BTN], [BKH, BCT, BNLQ], Q4, KT),
  T("4.1", A(34), [BXD], [BNLQ], Q4, TM),
  T("4.2", A(35), [BXD], [BNLQ], Q3, BC),
  T("5", A(37), [BTC], [BNLQ], Q3, TM),
  T("6.a", A(39), [BNV], [], None, KT),
  T("6.b", A(40), [BNV], [BKH, "các Bộ, ngành và địa phương liên quan"], None, BH),
  T("7", A(41), ["Các Bộ, ngành liên quan khác"], [], None, K),
  T("8.a", A(43), [TINH], [], Q2, BC),
  T("8.b", A(44), [TINH], [], None, K),
  T("8.c", A(45), [TINH], [], None, K),
  T("8.d", A(46), [TINH], [], Q3, KT),
  T("8.đ", A(47), [TINH], [], None, K),
  T("8.e", A(48), [TINH], [], None, KT),
  T("8.g", A(49), [TINH], [], None, BH),
  T("9", A(50), ["Các Bộ, ngành", TINH], [], None, BC),
  # Closing paragraph after 9 with its own subject (gold 000/002 convention) → a task; unnumbered, path "10".
  T("10", A(51), [BKH], [], None, KT),
]
write(SRC, doc, tasks, shared=("1.đ.6",))
