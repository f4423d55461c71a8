"""Blind labels for realdocs2 04: Kế hoạch 153/KH-UBND Cần Thơ 2025 (triển khai các dự án, tiểu dự án thuộc Chương trình
mục tiêu quốc gia phòng, chống ma túy đến năm 2030). The source numbers two sections "IV." (PHÂN CÔNG NHIỆM VỤ and
TỔ CHỨC THỰC HIỆN); the second is given path "V" so that paths stay distinct."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "04_kehoach-153-KH-UBND-CanTho-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
CT = "Ủy ban nhân dân thành phố Cần Thơ"
doc = {
  "kind": "KeHoach", "number": "153/KH-UBND", "issuer": CT,
  "place": "Cần Thơ", "issuedOn": "2025-11-17",
  "title": "TRIỂN KHAI, THỰC HIỆN CÁC DỰ ÁN, TIỂU DỰ ÁN THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030 TRÊN ĐỊA BÀN THÀNH PHỐ",
  "signer": {"name": "Trương Cảnh Tuyên", "position": "Chủ tịch", "capacity": "TM. Ủy ban nhân dân"},
  "references": [
    {"kind": "QuyetDinh", "number": "7619/QĐ-BCA", "issuedOn": "2025-09-08", "issuer": "Bộ Công an", "relation": "implements"},
    {"kind": "NghiQuyet", "number": "163/2024/QH15", "issuedOn": "2024-11-27", "issuer": "Quốc hội", "relation": "mentions"},
    {"kind": "NghiQuyet", "number": "50/NQ-CP", "issuedOn": "2025-03-13", "issuer": "Chính phủ", "relation": "mentions"},
    {"kind": "KetLuan", "number": "23/KL-LNTPTW", "issuedOn": "2024-11-21", "issuer": "Liên ngành tư pháp Trung ương", "relation": "mentions"},
  ],
  "recipients": [
    "Văn phòng Chính phủ (để báo cáo)",
    "Bộ Công an (để báo cáo)",
    "TT. TU, TT. HĐND TP",
    "CT, PCT UBND TP",
    "UBMTTQVN TP và các TC CT-XH",
    "Viện KSND TP, TAND TP",
    "Chi cục Hải quan khu vực XIX",
    "Báo và Phát thanh, Truyền hình Cần Thơ",
    "Sở, ban, ngành TP",
    "BCH Bộ đội Biên phòng TP",
    "UBND xã, phường",
    "VP UBND TP (3E)",
    "Lưu: VT, M",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
ONG = lambda t: D("ongoing", t)
CA = ["Công an thành phố"]
TC = ["Sở Tài chính"]
YT = ["Sở Y tế"]
VH = ["Sở Văn hóa, Thể thao và Du lịch"]
GD = ["Sở Giáo dục và Đào tạo"]
NN = ["Sở Nông nghiệp và Môi trường"]
CTh = ["Sở Công Thương"]
BP = ["Ban Chỉ huy Bộ đội Biên phòng thành phố"]
HQ = ["Chi cục Hải quan khu vực XIX"]
MT = ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "các tổ chức chính trị - xã hội"]
TG = ["Ban Tuyên giáo và Dân vận Thành ủy"]
VKS = ["Viện kiểm sát nhân dân thành phố", "Tòa án nhân dân thành phố"]
XA = ["Ủy ban nhân dân xã, phường"]
R = "requested"
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU (incl. 3. Mục tiêu, 4. chỉ tiêu đến năm 2030) and II PHẠM VI, ĐỐI TƯỢNG, THỜI GIAN: not tasks.
  # III NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM
  T("III.1", A(202), ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "các tổ chức thành viên",
                      "Thủ trưởng sở, ban, ngành thành phố", "Chủ tịch Ủy ban nhân dân xã, phường"], [], None, TT, mode=R),
  T("III.2.a", A(225), [], [], None, K),
  T("III.2.b", A(234), [], [], None, BM),
  T("III.2.c", A(241), [], [], None, BH),
  T("III.2.d", A(245), [], [], None, K),
  T("III.2.đ", A(252), [], [], None, K),
  T("III.3.a", A(260), [], [], None, TT),
  T("III.3.b", A(269), [], [], None, PT),
  T("III.3.c", A(278), [], [], None, TT),
  T("III.3.d", A(287), [], [], ONG("Thường xuyên"), TT, amb=True),
  T("III.4.a", A(300), [], [], ONG("Thường xuyên"), K),
  T("III.4.b", A(309), [], [], None, K),
  T("III.4.c", A(324), [], [], None, K),
  T("III.5.a", A(334), [], [], None, K),
  T("III.5.b", A(341), [], [], None, K),
  T("III.5.c", A(349), [], [], None, K),
  T("III.5.d", A(356), [], [], None, K),
  T("III.5.đ", A(363), [], [], ONG("Thường xuyên"), KT, amb=True),
  T("III.5.e", A(372), [], [], None, BM),
  T("III.6", A(378), [], [], None, K),
  T("III.7", A(385), [], [], None, K),
  T("III.8", A(394), [], [], None, K),
  T("III.9", A(398), [], [], None, KT),
  # IV PHÂN CÔNG NHIỆM VỤ
  T("IV.1.a", A(411), CA, [], None, TM),
  T("IV.1.b", A(416), CA, ["các sở, ban, ngành, đoàn thể có liên quan"], None, KT),
  T("IV.1.c", A(423), CA, ["các sở, ban, ngành", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
                           "các tổ chức chính trị - xã hội", "các cơ quan báo chí"], None, TT),
  T("IV.1.d", A(435), CA, [], None, K),
  T("IV.1.đ", A(443), CA, ["các lực lượng", "Viện kiểm sát nhân dân thành phố", "Tòa án nhân dân thành phố và các khu vực"], None, K),
  T("IV.1.e", A(458), CA, ["các đơn vị liên quan"], None, BM),
  T("IV.1.g", A(463), CA, [], None, BH),
  # h) "Chủ trì triển khai … các dự án …, bao gồm:" is an intro; its six project bullets are the tasks.
  T("IV.1.h.1", A(473), CA, [], None, K),
  T("IV.1.h.2", A(476), CA, [], None, K),
  T("IV.1.h.3", A(479), CA, [], None, K),
  T("IV.1.h.4", A(482), CA, [], None, K),
  T("IV.1.h.5", A(485), CA, [], None, TT),
  # Both lines of this bullet are short ("Dự án 9: Quản lý, giám" / "sát, đánh giá Chương trình."): marker kept.
  T("IV.1.h.6", "- Dự án 9: Quản lý, giám", CA, [], None, KT),
  T("IV.2.a", A(494), TC, ["các sở, ban, ngành", "Ủy ban nhân dân xã, phường"], None, TM),
  T("IV.2.b", A(500), TC, ["Công an thành phố"], None, TM),
  T("IV.3.a", A(514), YT, ["cơ quan Công an"], ONG("Thường xuyên phối hợp"), K, amb=True),
  T("IV.3.b", A(521), YT, [], None, K),
  T("IV.3.c", A(524), YT, ["các sở, ngành liên quan"], ONG("thường xuyên tổ chức kiểm tra"), KT, amb=True),
  T("IV.3.d", A(531), YT, [], None, K),
  T("IV.4", A(538), ["Sở Tư pháp"], [], None, TM),
  T("IV.5.a", A(546), VH, [], None, TT),
  T("IV.5.b", A(552), VH, [], None, TT),
  T("IV.5.c", A(558), VH, [], None, TT),
  T("IV.6.a", A(565), GD, ["Ban Đại diện cha mẹ học sinh"], ONG("thường xuyên nhắc nhở"), TT, amb=True),
  T("IV.6.b", A(571), GD, ["Công an thành phố"], None, TT),
  T("IV.6.c", A(577), GD, [], None, TT),
  T("IV.7.a", A(585), NN, [], None, TT),
  T("IV.7.b", A(592), NN, [], None, K),
  T("IV.8.a", A(600), CTh, ["các đơn vị liên quan"], None, KT),
  T("IV.8.b", A(606), CTh, [], None, K),
  T("IV.9.a", A(613), BP, [], None, K),
  T("IV.9.b", A(617), BP, [], None, K),
  T("IV.9.c", A(622), BP, [], None, K),
  T("IV.10", A(630), ["Báo và Phát thanh, Truyền hình Cần Thơ"], ["các sở, ban, ngành liên quan"], None, TT),
  T("IV.11.a", A(643), HQ, ["lực lượng Công an", "các lực lượng liên quan"], None, K, mode=R),
  T("IV.11.b", A(648), HQ, [], None, BM, mode=R),
  T("IV.11.c", A(653), HQ, ["lực lượng chức năng"], None, K, mode=R),
  T("IV.12.a", A(661), MT, [], None, PT, mode=R),
  T("IV.12.b", A(667), MT, [], None, TT, mode=R),
  T("IV.12.c", A(673), MT, [], None, TT, mode=R),
  T("IV.13.a", A(681), TG, [], None, K, mode=R),
  T("IV.13.b", A(687), TG, [], None, TT, mode=R),
  T("IV.14.a", A(694), VKS, ["Công an thành phố"], None, K, mode=R),
  T("IV.14.b", A(700), VKS, ["các đơn vị liên quan"], None, K, mode=R),
  T("IV.15", A(706), ["Sở Nội vụ"], ["Công an thành phố"], None, TM),
  T("IV.16", A(714), ["Các sở, ban, ngành thành phố"], [], None, BH),
  T("IV.17.a", A(723), XA, [], None, TM),
  T("IV.17.b", A(730), XA, [], None, K),
  T("IV.17.c", A(737), ["Chủ tịch Ủy ban nhân dân xã, phường"], [], None, KT),
  # Second "IV." TỔ CHỨC THỰC HIỆN → path V.
  T("V.1.a", A(749), ["Các sở, ban, ngành thành phố", "Ủy ban nhân dân xã, phường"], [], None, BH, amb=True),
  T("V.1.b", A(754), ["Các sở, ban, ngành thành phố", "Ủy ban nhân dân xã, phường"], [],
    D("recurring", "Định kỳ hằng năm (trước ngày 15 tháng 12)", "2025-12-15", "year"), BC),
  T("V.2", A(758), CA, [], None, KT),
]
write(SRC, doc, tasks)
