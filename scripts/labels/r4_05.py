"""Blind labels for realdocs4 05: Quyết định 22/2013/QĐ-TTg of the Prime Minister (26/4/2013) on housing support for
people with meritorious services — a policy decision, not one that issues a plan: Điều 1–3 and 5 state rules, Điều 4
and 6 give owners duties, Điều 7 sets the timetable, Điều 8 "Tổ chức thực hiện" assigns ministries and provinces.
(The Hồ Chí Minh City plan of realdocs4 04 carries out its guidance.) thuvienphapluat text as crawled by a chatbot
project. Annotator annot4; see corpus/labels/NOTES.md."""
from labelkit import T, D, write
from r4kit import anchor
SRC = "05_quyetdinh-22-2013-QD-TTg-ThuTuong-2013-ho-tro-nha-o-nguoi-co-cong.txt"
A = lambda ln, after=None: anchor(SRC, ln, after)
doc = {
  "kind": "QuyetDinh", "number": "22/2013/QĐ-TTg", "issuer": "Thủ tướng Chính phủ", "place": "Hà Nội",
  "issuedOn": "2013-04-26", "title": "HỖ TRỢ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG VỀ NHÀ Ở",
  "signer": {"name": "Nguyễn Tấn Dũng", "position": "Thủ tướng", "capacity": None},
  "references": [
    {"kind": "NghiQuyet", "number": "494/NQ-UBTVQH13", "issuedOn": "2012-05-18", "issuer": "Ủy ban thường vụ Quốc hội", "relation": "basis"},
  ],
  "recipients": ['Ban Bí thư Trung ương Đảng', 'Thủ tướng, các Phó Thủ tướng Chính phủ',
                 'Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP', 'HĐND, UBND các tỉnh, TP trực thuộc TW',
                 'Văn phòng Trung ương và các Ban của Đảng', 'Văn phòng Tổng Bí thư', 'Văn phòng Chủ tịch nước',
                 'Hội đồng Dân tộc và các Ủy ban của Quốc hội', 'Văn phòng Quốc hội', 'Tòa án nhân dân tối cao',
                 'Viện kiểm sát nhân dân tối cao', 'Kiểm toán Nhà nước', 'Ủy ban Giám sát tài chính Quốc gia',
                 'Ngân hàng Chính sách xã hội', 'Ngân hàng Phát triển Việt Nam', 'UBTW Mặt trận Tổ quốc Việt Nam',
                 'Cơ quan Trung ương của các đoàn thể', 'Ban Bí thư Trung ương Đoàn',
                 'Phòng Thương mại và Công nghiệp Việt Nam',
                 'VPCP: BTCN, các PCN, Trợ lý TTCP, Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo',
                 'Lưu: Văn thư, KTN (3b)'],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
BXD, BKH, BTC, BLD = "Bộ Xây dựng", "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Lao động - Thương binh và Xã hội"
TINH = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
XA, HUYEN, CAPTINH = "Ủy ban nhân dân cấp xã", "Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp tỉnh"
YEAR = lambda text: D("recurring", text, None, "year")
tasks = [
  # Điều 1 (principles), 2 (eligibility), 3 (support levels), 5 (funding shares) state rules: not tasks.
  # Điều 4 "Chi phí quản lý": a funding heading whose items name owners → tasks.
  T("4.1", A(79), ["Các tỉnh, thành phố trực thuộc Trung ương"], [], None, K),
  T("4.2", A(81), [BXD], [], YEAR("dự toán kinh phí hàng năm"), K, amb=True),
  # Điều 6 "Phương thức thực hiện": a methods heading; items naming owners are tasks (6.2.c, a rule, is not).
  T("6.1", A(99), [XA, HUYEN], [], None, K),
  T("6.2.a", A(103), [CAPTINH], [], None, K),
  T("6.2.b", A(105), [HUYEN], [], None, K),
  T("6.3", A(109), [XA], [], None, KT),
  # Điều 7 "Thời gian và tiến độ thực hiện"
  T("7.1", A(113), [TINH], [], D("period", "Trong năm 2013", "2013-12-31"), K),
  T("7.2", A(115), ["các địa phương"], [], D("period", "Trong năm 2014", "2014-12-31"), K),
  # Điều 8 "Tổ chức thực hiện": owner headings a) … with bullets or a paragraph.
  T("8.1.a.1", A(123), [BXD], [BTC, BLD], None, KT),
  T("8.1.a.2", A(125), [BXD], [], None, K, amb=True),
  T("8.1.b", A(129), [BKH], [BTC, BXD, BLD], D("period", "trong kế hoạch 2013", "2013-12-31"), K, amb=True),
  T("8.1.c", A(133), [BTC], [BXD], None, K),
  T("8.1.d", A(137), [BLD], [], None, K),
  T("8.2.a", A(141), [TINH], [], None, K),
  T("8.2.b", A(143), [TINH], [], None, BC),
  T("8.2.c", A(145), [TINH], [], None, K),
  T("8.2.d", A(147), ["Sở Lao động - Thương binh và Xã hội", "phòng Lao động - Thương binh và Xã hội cấp huyện"],
    ["các ban ngành chức năng"], None, KT),
  T("8.2.đ", A(149), ["Sở Xây dựng"], [], None, K),
  T("8.2.e", A(151), [TINH], [], None, K),          # + the continuation paragraph "Ngoài nguồn vốn …"
  T("8.2.g", A(155), [TINH], [], None, BH),
  T("8.2.h", A(157), [TINH], [], D("recurring", "Hàng tháng có báo cáo nhanh", None, "month"), BC, amb=True),
  # Điều 9 (entry into force) and Điều 10 ("… chịu trách nhiệm thi hành Quyết định này") are not tasks.
]
write(SRC, doc, tasks, prefix="r4-")
