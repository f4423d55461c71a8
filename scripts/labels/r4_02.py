"""Blind labels for realdocs4 02: Quyết định 254/QĐ-UBND of the Chairman of the Sơn La People's Committee (17/02/2023)
issuing the 2023 plan for protecting state secrets (I MỤC ĐÍCH, YÊU CẦU; II NỘI DUNG CÔNG TÁC; III PHÂN CÔNG NHIỆM VỤ
with owner headings; IV TỔ CHỨC THỰC HIỆN). thuvienphapluat text as crawled by a chatbot project. Annotator annot4;
see corpus/labels/NOTES.md."""
from labelkit import T, D, write
from r4kit import anchor
SRC = "02_quyetdinh-kehoach-254-QD-UBND-SonLa-2023-bao-ve-bi-mat-nha-nuoc.txt"
A = lambda ln, after=None: anchor(SRC, ln, after)
UB = "Ủy ban nhân dân tỉnh Sơn La"
CP, TTg = "Chính phủ", "Thủ tướng Chính phủ"
R = lambda kind, number, on, issuer, rel="mentions": {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": rel}
doc = {
  "kind": "KeHoach", "number": "254/QĐ-UBND", "issuer": UB, "place": "Sơn La", "issuedOn": "2023-02-17",
  "title": "THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023",
  "signer": {"name": "Hoàng Quốc Khánh", "position": "Chủ tịch", "capacity": None},
  "references": [
    R("NghiDinh", "26/2020/NĐ-CP", "2020-02-28", CP, "basis"),
    R("ThongTu", "24/2020/TT-BCA", "2020-03-10", "Bộ trưởng Bộ Công an", "basis"),
    R("ChiThi", "02/CT-TTg", "2019-11-15", TTg, "basis"),
    R("Other", "02/TTr-CAT-ANCTNB", "2023-02-03", "Công an tỉnh"),
    R("Other", "69-QĐ/TW", "2022-07-06", "Ban Chấp hành Trung ương"),
    R("NghiDinh", "112/2020/NĐ-CP", "2020-09-18", CP),
    R("NghiDinh", "144/2021/NĐ-CP", "2021-12-31", CP),
    R("ChiThi", "02/CT-TTg", "2018-07-04", TTg),
    R("KeHoach", "11/KH-UBND", "2020-01-23", UB),
    R("CongVan", "4216/UBND-NC", "2021-12-02", "Chủ tịch " + UB),
    R("CongVan", "4478/UBND-NC", "2022-11-18", "Chủ tịch " + UB),
    R("QuyetDinh", "2566/QĐ-UBND", "2022-12-08", UB),
  ],
  "recipients": ["Bộ Công an (Cục A03 - để b/c)", "Thường trực Tỉnh ủy (để b/c)", "Chủ tịch, các PCT UBND tỉnh",
                 "Như Điều 3", "Trung tâm thông tin", "Lưu: VT, NC, ĐH30b"],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
VP, CA, GDCA = "Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh", "Giám đốc Công an tỉnh"
SBN = ["Các sở, ban, ngành trực thuộc Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các huyện, thành phố"]
HEADS = ["Thủ trưởng các sở, ban, ngành trực thuộc Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân các huyện, thành phố"]
Y2023 = lambda t: D("period", t, "2023-12-31")
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU: not tasks.
  # II NỘI DUNG CÔNG TÁC: numbered items without bullets; owners only where the item names them.
  T("II.1", A(48), SBN, [], None, TT),
  T("II.2", A(50), [], [], None, K),
  T("II.3", A(52), [], [], None, TM),                      # "(khi có yêu cầu)": no deadline
  T("II.4", A(54), [], [], None, K),
  T("II.5", A(56), [], [], None, BM),
  T("II.6", A(58), [CA], [VP, "Sở Tư pháp", "các cơ quan, tổ chức có liên quan"], None, TM),   # "(Giao Công an tỉnh chủ trì, phối hợp với …)"
  T("II.7", A(60), HEADS, [], D("ongoing", "thường xuyên"), KT, amb=True),
  T("II.8", A(62), [CA], [], Y2023("năm 2023"), KT, amb=True),                               # "(Giao Công an tỉnh tham mưu)"
  # III PHÂN CÔNG NHIỆM VỤ
  # III.1 "Công an tỉnh" heading: an unbulleted paragraph with its own action, then "Trong đó giao Giám đốc Công an
  # tỉnh chỉ đạo thực hiện:" over three bullets.
  T("III.1", A(68), [CA], [], None, TM),
  T("III.1.1", A(72), [GDCA], [], None, KT),
  T("III.1.2", A(74), [GDCA], [VP, "các cơ quan có liên quan"], Y2023("năm 2023"), TM, amb=True),
  T("III.1.3", A(76), [GDCA], [], None, KT),
  T("III.2", A(78, ':'), [VP], [CA, "các cơ quan có liên quan"], None, TM),
  T("III.3.1", A(82), ["Sở Nội vụ"], [VP], None, TM),
  T("III.3.2", A(84), ["Sở Nội vụ"], [CA], None, KT),
  T("III.4", A(86, ':'), ["Sở Tư pháp"], [CA, VP], None, KT),
  T("III.5", A(88, ':'), ["Sở Thông tin và Truyền thông"], [CA], None, KT),
  T("III.6", A(90, ':'), ["Sở Tài chính"], [], None, K),
  # IV TỔ CHỨC THỰC HIỆN: IV.1 (with its "* Lưu ý" note as continuation) and IV.3 are tasks; IV.2 (funding) and IV.4
  # ("nếu có khó khăn, vướng mắc … báo cáo về") are not.
  T("IV.1", A(94), HEADS, [], D("date", "trước ngày 28/2/2023", "2023-02-28"), BH, amb=True),
  T("IV.3", A(100), [CA], [VP], None, KT),
]
write(SRC, doc, tasks, prefix="r4-")
