"""Blind labels for realdocs3 03: Chỉ thị 11/CT-TTg (Thủ tướng Chính phủ, March 2020) on urgent measures for
businesses and social security in the Covid-19 epidemic, as OCR text of the signed PDF (garbled header, page breaks).
Annotator annot3; see corpus/labels/NOTES.md."""
from labelkit import T, D, write
from r3kit import anchor
SRC = "03_chithi-11-CT-TTg-2020-thao-go-kho-khan-Covid19-ocr.txt"

def A(ln):
    """The item's first line, or the next ones when its first line has no unique window (short OCR lines)."""
    for k in range(3):
        try:
            return anchor(SRC, ln + k)
        except ValueError:
            pass
    raise ValueError(ln)

TTg = "Thủ tướng Chính phủ"
R = lambda kind, number, on, issuer: {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": "mentions"}
doc = {
  "kind": "ChiThi", "number": None, "issuer": TTg, "place": "Hà Nội", "issuedOn": None,
  "title": "Về các nhiệm vụ, giải pháp cAp bách tháo gỡ khó khăn cho sản xuất kinh doanh, bảo đầm an sinh xã hội ứng phó với dich Covid-19",
  "signer": {"name": "Zuyến Xuân Phúc", "position": "Thủ tướng", "capacity": None},
  "references": [
    R("CongVan", "79-CV/TW", "2020-01-30", "Ban Bí thư Trung ương Đảng"),
    R("ChiThi", "05/CT-TTg", "2020-01-28", TTg),
    R("ChiThi", "06/CT-TTg", "2020-01-31", TTg),
    R("ChiThi", "10/CT-TTg", "2020-02-25", TTg),
    R("ChiThi", "20/CT-TTg", "2017-05-17", TTg),
    R("NghiQuyet", "02/NQ-CP", "2020-01-01", "Chính phủ"),
  ],
  "recipients": [
    "Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ", "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP",
    "HĐND, UBND các tỉnh, thành phố trực thuộc TW", "Văn phòng Trung ương và các Ban của Dang", "Văn phòng Tổng Bí thư",
    "Văn phòng Chủ tịch nước", "Hội đồng Dân tộc và các Ủy ban của Quốc hội", "Văn phòng Quốc hội", "Tòa án nhân dân tối cao",
    "Viện Kiểm sát nhân dân tối cao", "Ủy ban Giám sát tài chính Quốc gia", "Kiểm toán Nhà nước", "Ngân hàng Chính sách xã hội",
    "Ngân hàng Phát triển Việt Nam", "Ủy ban TW Mặt trận Tổ quốc Việt Nam", "Cơ quan Trung ương của các đoàn thé",
    "Phòng Thương mại và Công nghiệp Việt Nam", "Các Tập đoàn kinh tế, Tổng công ty nhà nước",
    "VPCP: BTCN, các PCN, Trợ ly TTCP, TGD Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo",
    "Lưu: Văn thư,KTTH(2b) 233",
  ],
}
K, TT, BH, TM, KT, BC, PT = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao"
M3 = lambda t="trong tháng 3 năm 2020": D("date", t, "2020-03-31")
NHNN, BTC, BTTTT, BGTVT = ["Ngân hàng Nhà nước Việt Nam"], ["Bộ Tài chính"], ["Bộ Thông tin và Truyền thông"], ["Bộ Giao thông vận tải"]
BCT, BKHDT, VHTTDL = ["Bộ Công Thương"], ["Bộ Kế hoạch và Đầu tư"], "Bộ Văn hóa, Thể thao và Du lịch"
BNDP = ["Các bộ, ngành, địa phương"]
CQLQ = "các cơ quan liên quan"
tasks = [
  # I (OCR "1. TINH THAN CHỈ DAO HANH ĐỘNG"): three general directives, no owner of their own.
  T("I.1", A(65), [], [], None, TT),
  T("I.2", A(74), [], [], None, K),
  T("I.3", A(85), [], [], None, BC),
  # II.1
  T("II.1.a.1", A(103), NHNN, [], None, K),
  T("II.1.a.2", A(111), NHNN, ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "các cơ quan liên quan"],
    D("date", "trong tháng 3 năm 2019", "2019-03-31"), TM, amb=True),
  T("II.1.a.3", A(122), NHNN, [], None, K),
  T("II.1.a.4", A(127), NHNN, [], None, TM),
  T("II.1.b.1", "Trình Chính phủ ban hành Nghị định về gia hạn nộp thuế",  # after the OCR mark "__ -"
    BTC, [], M3(), BH),
  T("II.1.b.2", A(137), BTC, [], None, TM),
  T("II.1.b.3", A(140), BTC, [], M3(), TM),
  T("II.1.c", A(146), BTTTT, [], None, K),
  T("II.1.d", A(152), ["Bảo hiểm xã hội Việt Nam"], [CQLQ], None, BH, amb=True),
  T("II.1.đ", "Đề nghị Tổng Liên đoàn lao động Việt Nam theo",  # after the OCR "1"
    ["Tổng Liên đoàn lao động Việt Nam"], [], None, K, mode="requested"),
  # II.2
  T("II.2.a", A(163), BGTVT, [CQLQ], M3(), K),
  T("II.2.b.1", A(170), BTC, [], D("period", "trong năm 2020", "2020-12-31"), KT, amb=True),
  T("II.2.b.2", A(179), BTC, [], M3(), BC),
  T("II.2.b.3", A(183), BTC, [], M3(), BH),
  T("II.2.c.1", A(187), ["Thanh tra Chính phủ", "Thanh tra các Bộ, ngành, địa phương"], [], None, KT),
  T("II.2.c.2", A(191), ["Kiểm toán Nhà nước", "các cơ quan chức năng"], [], None, K, mode="requested"),
  T("II.2.d.1", A(196), BNDP, [], D("date", "trước ngày 15 tháng 3 năm 2020", "2020-03-15"), BH),
  T("II.2.d.2", A(201), BNDP, [], D("period", "trong Quý I và Quý II năm 2020", "2020-06-30"), K, amb=True),
  T("II.2.d.3", A(205), BNDP, [], None, K),
  # II.3
  T("II.3.a.1", A(213), BCT, ["Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Xây dựng", CQLQ], M3(), BC),
  T("II.3.a.2", A(222), BCT, [], M3(), K),
  T("II.3.a.3", A(229), BCT, [], None, KT),
  T("II.3.a.4", A(240), BCT, ["Bộ Tài chính", "các đơn vi liên quan"], None, K),
  T("II.3.a.5", A(245), BCT, ["các địa phương"], None, K),
  T("II.3.b", A(251), ["Bộ Nông nghiệp và Phát triển nông thôn"], ["Bộ Công Thương", CQLQ],
    D("date", "trước ngày 20 tháng 3 năm 2020", "2020-03-20"), K),
  T("II.3.c", A(259), BTC, [], M3(), K),
  T("II.3.d", A(266), ["Chủ tịch Hội đồng thành viên, Tổng Giám đốc các tập đoàn, tông công ty nhà nước",
                       "Uỷ ban quản lý vốn nhà nước tại doanh nghiệp", "các Bộ, ngành liên quan"], [],
    D("period", "năm 2020", "2020-12-31"), K, amb=True),
  # II.4
  T("II.4.a", A(278), [VHTTDL], ["các hiệp hội nghề nghiệp về du lịch"], None, TT),
  T("II.4.b", A(286), ["Bộ Ngoại giao"], ["Bộ Văn hóa, Thể thao và Du lich", "Bộ Công An", "Bộ Tài chính", CQLQ], M3(), K),
  T("II.4.c", A(297), BGTVT, ["các Bộ, ngành liên quan", "Bộ Văn hóa, Thé thao và Du lịch"], None, K),
  T("II.4.đ", A(303), BTC, [VHTTDL], None, K),
  T("II.4.e", A(306), BTTTT, [VHTTDL, "các Bộ, ngành, địa phương", "các cơ quan thông tấn, báo chí"], None, TT),
  # II.5
  T("II.5.a", A(315), ["Các bộ, cơ quan trung ương và địa phương", "các tập đoàn, tổng công ty nhà nước"], [],
    D("date", "ngay trong tháng 3 năm 2020", "2020-03-31"), K, amb=True),
  T("II.5.b.1", A(327), BKHDT, ["Bộ Tài chính", CQLQ], M3(), PT),
  T("II.5.b.2", A(334), BKHDT, [], D("ongoing", "Thường xuyên"), KT),
  T("II.5.b.3", A(339), BKHDT, ["các bộ, ngành, cơ quan trung ương và địa phương"], None, BH),
  T("II.5.c.1", A(354), BGTVT, ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", CQLQ],
    D("date", "trước ngày 15 tháng 3 năm 2020", "2020-03-15"), TM),
  T("II.5.c.2", A(364), BGTVT, [], None, K),
  T("II.5.d", A(370), BCT, [], None, K),
  T("II.5.đ", A(379), ["Các Bộ, ngành, địa phương"], [], None, K),
  # II.6 intro "Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp … báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020 các vân dé sau:"
  T("II.6.1", A(394), ["Bộ Lao động - Thương binh và Xã hội"], ["các cơ quan, địa phương"], M3(), BC),
  T("II.6.2", A(399), ["Bộ Lao động - Thương binh và Xã hội"], ["các cơ quan, địa phương"], M3(), BC),
  # II.7 owner heading
  T("II.7.1", A(415), BTTTT, ["Ban Tuyên giáo Trung ương", "các Bộ ngành, địa phương"], None, TT),
  T("II.7.2", A(422), BTTTT, ["Ban Tuyên giáo Trung ương", "các Bộ ngành, địa phương"], None, TT),
  # III (OCR "Il. TO CHỨC THỰC HIỆN")
  T("III.1", A(428), ["Các bộ, cơ quan trung ương và địa phương"], [],
    D("recurring", "định kỳ hàng thang … trước ngày 20 hàng tháng", "2020-03-20", "month"), BH, amb=True),
  T("III.2", A(447), ["Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam", "Phòng Thương mại và Công nghiệp Việt Nam",
                      "Hội đoanh nghiệp nhỏ và vừa", "các hội nghề nghiệp", "các tổ chức xã hội, đoàn thể nhân dân"], [],
    None, TT, mode="requested"),
  T("III.3", A(453), BKHDT, ["các bộ, ngành, địa phương"], D("recurring", "thường kỳ hàng tháng", None, "month"), BC),
  T("III", A(461), ["Bộ Kế hoạch và Đầu tư", "các Bộ, ngành, địa phương"], [], D("ongoing", "thường xuyên"), TM),
]
write(SRC, doc, tasks, prefix="r3-")
