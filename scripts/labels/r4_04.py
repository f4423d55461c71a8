"""Blind labels for realdocs4 04: Quyết định 3210/QĐ-UBND of the Chairman of the Hồ Chí Minh City People's Committee
(28/6/2014) issuing the plan to carry out Thông tư 09/2013/TT-BXD (housing support for people with meritorious
services): II NỘI DUNG THỰC HIỆN with six dated steps ("Bước 1" … "Bước 6", "Thời gian hoàn tất: trước ngày …"),
III TỔ CHỨC THỰC HIỆN with owner headings and bullets. Header and recipients letter-spaced by the conversion
("ỦY B AN NHÂN D Â N T HÀNH P HỐ …"). Annotator annot4; see corpus/labels/NOTES.md."""
from labelkit import T, D, write
from r4kit import anchor
SRC = "04_quyetdinh-kehoach-3210-QD-UBND-HoChiMinh-2014-ho-tro-nha-o-nguoi-co-cong.txt"
A = lambda ln, after=None: anchor(SRC, ln, after)
doc = {
  "kind": "KeHoach", "number": "3210/QĐ-UBND", "issuer": "Ủy ban nhân dân Thành phố Hồ Chí Minh",
  "place": "Thành phố Hồ Chí Minh", "issuedOn": "2014-06-28",
  "title": "TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD NGÀY 01 THÁNG 7 NĂM 2013 CỦA BỘ XÂY DỰNG VỀ HƯỚNG DẪN THỰC HIỆN "
           "QUYẾT ĐỊNH SỐ 22/2013/QĐ-TTG NGÀY 26 THÁNG 4 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ HỖ TRỢ NGƯỜI CÓ CÔNG VỚI CÁCH "
           "MẠNG VỀ NHÀ Ở TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH",
  "signer": {"name": "Nguyễn Hữu Tín", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "QuyetDinh", "number": "22/2013/QĐ-TTg", "issuedOn": "2013-04-26", "issuer": "Thủ tướng Chính phủ", "relation": "basis"},
    {"kind": "ThongTu", "number": "09/2013/TT-BXD", "issuedOn": "2013-07-01", "issuer": "Bộ Xây dựng", "relation": "implements"},
    {"kind": "ThongTu", "number": "98/2013/TT-BTC", "issuedOn": "2013-07-24", "issuer": "Bộ Tài chính", "relation": "basis"},
    {"kind": "CongVan", "number": "4236/SXD-QLN&CS", "issuedOn": "2014-05-22", "issuer": "Sở Xây dựng", "relation": "mentions"},
  ],
  "recipients": ['Như Điều 3', 'T hủ tướ ng C h í nh ph ủ', 'B ộ X â y d ự n g ; B ộ T à i c h í nh',
                 'B ộ L a o đ ộ n g - T h ươ n g b i nh v à Xã h ộ i', 'T h ườ ng t r ự c T h à nh ủ y',
                 'T T U B : C T , c á c P C T', 'C á c S ở - n g à nh T h à nh ph ố',
                 'T h à nh đ o à n T N C S Hồ C hí M i nh', 'Hội L iên h i ệ p P hụ nữ T P',
                 'Hội Cự u C h i ế n b i nh T h à nh p h ố', 'V P U B : C á c P V P ; C á c P hòng C V',
                 'L ư u : V T , ( Đ T M T /C h g ) H'],
}
K, TT, BH, TM, BM, KT, BC, PT = ("Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat",
                                 "BaoCao", "ToChucPhongTrao")
XA, QH, TP = "Ủy ban nhân dân xã, phường, thị trấn", "Ủy ban nhân dân quận, huyện", "Ủy ban nhân dân Thành phố"
SXD, STC, SLD = "Sở Xây dựng", "Sở Tài chính", "Sở Lao động - Thương binh và Xã hội"
by = lambda text, due: D("date", text, due)
tasks = [
  # I MỤC ĐÍCH - YÊU CẦU: not tasks. II.1 (Xác định đối tượng: eligibility) names no owner: not tasks.
  # II.2 "Trình tự, thời gian …": steps, each naming its owner and ending "Thời gian hoàn tất: trước ngày …" → tasks.
  # Step 1's time line follows 2.1.b and closes the whole step, so 2.1.a takes it too (ambiguous). Anchors come from
  # each step's paragraph, not its "Bước N:" heading line.
  T("II.2.1.a", A(72), [XA], [], by("trước ngày 27 tháng 6 năm 2014", "2014-06-27"), BM, amb=True),
  T("II.2.1.b", A(76), ["các thôn ấp, tổ dân phố", "Trưởng thôn ấp, Tổ Trưởng các Tổ dân phố"], [],
    by("trước ngày 27 tháng 6 năm 2014", "2014-06-27"), TT),
  T("II.2.2", A(82), ["Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng", XA], [],
    by("trước ngày 25 tháng 7 năm 2014", "2014-07-25"), KT),
  T("II.2.3", A(88), [QH], ["các phòng, ban có liên quan"], by("trước ngày 18 tháng 8 năm 2014", "2014-08-18"), K),
  T("II.2.4", A(94), [SXD], [SLD, STC], by("trước ngày 30 tháng 9 năm 2014", "2014-09-30"), BH),
  T("II.2.5", A(100), [STC], [], by("trước ngày 15 tháng 10 năm 2014", "2014-10-15"), TM),
  T("II.2.6", A(106), [STC], [], by("trước ngày 31 tháng 10 năm 2014", "2014-10-31"), K),
  # II.3 (what the Đề án must state; priority order of households): not tasks.
  # II.4 "Phương thức …": items are tasks only where they name an owner (4.1.a, 4.2.a, 4.2.b); 4.1.b and 4.1.c are
  # technical requirements.
  T("II.4.1.a", A(130, "4.1.a."), [SXD], [], None, K),
  T("II.4.2.a", A(142, "4.2.a."), ["Các hộ gia đình", XA], [], None, K),
  T("II.4.2.b", A(144, "4.2.b."), [XA], [], None, KT),
  T("II.5", A(150), ["cơ quan có thẩm quyền"], [], None, K),
  # III TỔ CHỨC THỰC HIỆN
  T("III.1.1.1", A(158), [TP], [], None, BH),
  T("III.1.1.2", A(160), [TP], [], None, K),
  T("III.1.1.3", A(162), [TP], [], None, K),
  T("III.1.1.4", A(164), [TP], [], D("recurring", "3 tháng một lần", None, "quarter"), BC, amb=True),
  T("III.1.1.5", A(166), [TP], [], None, K),
  T("III.1.1.6", A(168), [TP], [], None, K, amb=True),
  T("III.1.1.7", A(170), [TP], [], None, KT),
  T("III.1.2.1", A(174), [QH], [], None, K),
  T("III.1.2.2", A(176), [QH], [], None, BC),
  T("III.1.2.3", A(178), [QH], [], None, KT),
  T("III.1.3.1", A(182), [XA], [], None, BM),
  T("III.1.3.2", A(184), [XA], [], None, K),
  T("III.1.3.3", A(186), [XA], [], None, K),
  T("III.1.3.4", A(188), [XA], [], None, K),
  T("III.1.3.5", A(190), [XA], [], None, K),     # its "+" lines list the dossier's papers: not tasks
  T("III.1.3.6", A(200), [XA], [], None, KT),
  T("III.1.3.7", A(202), [XA], [], None, BC),
  T("III.2.1.1", A(208), [SLD], [], None, KT),
  T("III.2.1.2", A(210), [SLD], [SXD, STC], None, BH),
  T("III.2.2.1", A(214), [SXD], [SLD, STC, "các Sở ngành khác có liên quan"], None, BH),
  T("III.2.2.2", A(216), [SXD], [], None, KT),
  T("III.2.2.3", A(218), [SXD], [], None, K),
  T("III.2.3.1", A(222), [STC], [], None, TM),
  T("III.2.3.2", A(224), [STC], [], None, K),
  T("III.2.4", A(228), ["Sở Kế hoạch và Đầu tư"], [], D("period", "trong năm 2014", "2014-12-31"), K, amb=True),
  T("III.3", A(232), ["Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "Hội Liên hiệp Phụ nữ Thành phố",
                      "Hội Cựu chiến binh Thành phố", "Thành Đoàn"], ["chính quyền các cấp"], None, PT, mode="requested"),
  T("III.4.1", A(236), ["Các đơn vị có liên quan"], [], None, KT),
  T("III.4.2", A(238), [QH], [], D("recurring", "định kỳ hàng quý gửi về Sở Xây dựng (trước ngày 20 tháng cuối quý)",
                                    "2014-09-20", "quarter"), BC, amb=True),
  # Closing: "Trên đây là Kế hoạch …", "… được tiếp tục điều chỉnh, bổ sung …", "Đề nghị các tổ chức, cá nhân có liên
  # quan thực hiện … theo đúng Kế hoạch đề ra./." are boilerplate.
]
write(SRC, doc, tasks, prefix="r4-")
