"""Blind labels for realdocs7 05: Chương trình hành động 31-CTr/TW of the Politburo (Bộ Chính trị, 28/7/2026) carrying
out Kết luận 75-KL/TW on environmental protection and climate change, as a tesseract OCR of the 22-page scan
(Trangsct/skill-sct): I MỤC ĐÍCH, YÊU CẦU (read "1-"); II NHIỆM VỤ CHỦ YẾU (nine headings over ownerless "-" bullets);
III TỔ CHỨC THỰC HIỆN (read "HI-"; nine owner headings, eight with lettered items); Phụ lục 1 (targets, each with the
body that monitors it: no tasks); Phụ lục 2 (the table of tasks, chủ trì / phối hợp / thời hạn; its even pages 16, 18,
20 and 22 were scanned upside down and are OCR garbage, so rows 5–11, 18–22, 29–35 and 41 onwards cannot be read or
anchored). Annotator annot9; see NOTES.md (realdocs7)."""
from labelkit import T, D
from r7kit import A as _A, R, write
SRC = "05_chuongtrinh-31-CTr-TW-BoChinhTri-2026-thuc-hien-KL75-moi-truong-ocr.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "Other", "number": "31-CTr/TW", "issuer": "Ban Chấp hành Trung ương", "place": "Hà Nội",
  "issuedOn": "2026-07-28",
  "title": "CUA BỘ CHÍNH TRỊ thực hiện Kết luận số 75-KL/TW, ngày _ của Ban Chấp hành Trung ương Đảng khoá XIV về bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu trong thời kỳ mới",
  "signer": {"name": None, "position": None, "capacity": "T/M Bộ Chính trị"},
  "references": [R("KetLuan", "75-KL/TW", None, "Ban Chấp hành Trung ương Đảng khoá XIV", "implements")],
  "recipients": ["Các ban đảng, đảng uỷ trực thuộc Trung ương", "Các tỉnh uỷ, thành uỷ",
                 "Các đảng uỷ bộ, ngành, tổ chức chính trị - xã hội ở Trung ương",
                 "Các đảng uỷ đơn vị sự nghiệp Trung ương", "Các đồng chí Uỷ viên Ban Chấp hành Trung ương Đảng",
                 "Lưu Văn phòng Trung ương Đảng"],
}
K, TT, BH, TM, BM, KT, BC, PT = ("Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat",
                                 "BaoCao", "ToChucPhongTrao")
N = lambda path, ln, cat, dl=None, amb=None: T(path, A(ln), [], [], dl, cat, amb=amb)   # ownerless bullet
# II: bullets by heading (first line of each bullet) and their categories.
II = {
  1: [(48, TT), (56, K), (61, K), (66, PT), (71, TT)],
  2: [(77, BH), (81, BH), (86, BH), (90, BH), (94, K), (106, BH), (110, K), (114, BH), (122, KT)],
  3: [(130, K), (133, BH), (136, K), (147, K), (151, BH), (156, K), (161, K)],
  4: [(168, K), (173, K), (176, K), (180, KT), (183, K), (187, K)],
  5: [(198, K), (202, K), (207, K), (212, K), (216, K), (219, K), (221, K)],
  6: [(230, K), (240, BH), (243, K), (246, K), (249, K), (252, K), (256, K), (260, K), (263, BH)],
  7: [(270, K), (275, K), (279, K), (286, K), (289, K), (292, K), (296, KT), (301, K)],
  8: [(307, K), (313, K), (316, K), (324, BM)],
  9: [(339, K), (344, K), (348, K), (352, K)],
}
tasks = []
# I MỤC ĐÍCH, YÊU CẦU: not tasks (its item 3 "yêu cầu các cấp uỷ, tổ chức đảng nghiêm túc quán triệt …" included).
for h, items in II.items():
    for k, (ln, cat) in enumerate(items, 1):
        path = f"II.{h}.{k}"
        if path == "II.1.1":
            # "¬ Thực hiện sự lãnh đạo …; các cấp Uỷ, tổ chức đảng, các cấp chính quyền quán triệt …": the bullet (its
            # "-" read as "¬") names its own subject in the second clause → lead (alternative: [] like its siblings).
            tasks.append(T(path, A(ln), ["các cấp Uỷ, tổ chức đảng, các cấp chính quyền"], [], None, cat))
        elif path == "II.3.1":
            # "Bố trí tối thiểu 2% tổng chi ngân sách nhà nước hằng năm": the yearly share of the budget, not a
            # reporting rhythm → null (r6-04 III.3's reading; alternative recurring year).
            tasks.append(N(path, ln, cat, None, True))
        elif path == "II.7.1":
            # "… phấn đấu thực hiện mục tiêu đạt phát thải ròng bằng 0 vào năm 2050" → period 2050, ambiguous (a
            # target's horizon; alternative null).
            tasks.append(N(path, ln, cat, D("period", "vào năm 2050", "2050-12-31"), True))
        else:
            tasks.append(N(path, ln, cat))
# III TỔ CHỨC THỰC HIỆN: owner headings over lettered items (mode assigned). OCR: "đ)" after "c)" in 5 and 6 is d)
# (path by the intended letter), "8)" in 7 is a), "9," is 9.
QH, CP = "Đảng uỷ Quốc hội", "Đảng uỷ Chính phủ"
MT, QU, CA = "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương", "Quân uỷ Trung ương", "Đảng uỷ Công an Trung ương"
BN, TU = "Đảng uỷ các bộ, ngành thuộc Đảng uỷ Chính phủ", "Các tỉnh uỷ, thành uỷ"
CS, TG = "Ban Chính sách, chiến lược Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"
III = [
  ("III.1.a", 359, [QH], [], BH), ("III.1.b", 364, [QH], [], KT),
  ("III.2.a", 371, [CP], [], BH), ("III.2.b", 378, [CP], [], BH), ("III.2.c", 384, [CP], [], K),
  ("III.3.a", 390, [MT], [], TT), ("III.3.b", 395, [MT], [], PT),
  ("III.4.a", 402, [QU], ["các bộ, ngành, địa phương", "các nước, tô chức quốc tế"], K),
  ("III.4.b", 407, [QU], [], BH), ("III.4.c", 414, [QU], [], K),
  ("III.5.a", 426, [CA], [], TM), ("III.5.b", 432, [CA], [], K),
  ("III.5.c", 438, [CA], ["Đảng uỷ Viện Kiểm sát nhân dân tối cao", "các cơ quan"], K), ("III.5.d", 443, [CA], [], K),
  ("III.6.a", 450, [BN], [], BH), ("III.6.b", 453, [BN], [], K), ("III.6.c", 456, [BN], [], K),
  ("III.6.d", 460, [BN], [], KT),
  ("III.7.a", 469, [TU], [], BH), ("III.7.b", 473, [TU], [], K), ("III.7.c", 477, [TU], [], KT),
  ("III.7.d", 480, [TU], [], PT),
  ("III.8.a", 485, [CS], ["các cơ quan liên quan"], KT),      # "định kỳ báo cáo" without a rhythm → null
  ("III.8.b", 487, [CS], [CP], TM), ("III.8.c", 492, [CS], [CP], KT),
  ("III.9", 498, [TG], [], TT),
]
for path, ln, lead, sup, cat in III:
    tasks.append(T(path, A(ln), lead, sup, None, cat))
# Phụ lục 1: targets with the body that monitors each → no tasks. Phụ lục 2: each readable row is a task, path PL2.<row
# number> (OCR: row 2 read "25", 12 "l2", 17 "1.", 27 "="); group rows (I, II, IV, V, VII) are none. Owners written as
# the cells mean them (the OCR interleaves the columns' words: "Bộ ok. nghiệp … và Môi trường" → Bộ Nông nghiệp và Môi
# trường); cells the OCR garbled beyond reading give [] (PL2.15, PL2.16, PL2.25 lead; PL2.1 support).
NM = "Bộ Nông nghiệp và Môi trường"
BNT, TTP = "Các bộ, ngành, tỉnh, thành phố", "Các tỉnh, thành phố"
BNL = "các bộ, ngành có liên quan"
TX = D("ongoing", "Thường xuyên")
P = lambda t, due: D("period", t, due)
PL = [
  ("PL2.1", 650, ["Ban Tuyên giáo Trung ương"], [], TX, TT, None),
  ("PL2.2", 653, ["Mặt trận Tổ quốc Việt Nam"], [NM, "các bộ, ngành, tỉnh, thành phố"], TX, PT, None),
  ("PL2.3", 658, [NM, "các bộ, ngành, tỉnh, thành phố"], ["Các cơ quan báo chí truyền thông"], TX, TT, None),
  ("PL2.4", 667, [NM], ["Bộ Tư pháp", "các bộ, ngành, tỉnh, thành phố"], None, BH, None),
  ("PL2.12", 724, [NM], [BNT], P("2029 - 2030", "2030-12-31"), BH, True),        # written "202o_2030"
  ("PL2.13", 729, [NM], [BNT], P("2026-2027", "2027-12-31"), BH, None),
  ("PL2.14", 734, [NM], [TTP], P("2029 - 2030", "2030-12-31"), BH, None),
  ("PL2.15", 739, [], [], P("2026 - 2027", "2027-12-31"), BH, None),
  ("PL2.16", 742, [], [], P("2029 -2030", "2030-12-31"), BH, None),
  ("PL2.17", 745, [NM], ["Các tỉnh thành phố"], P("2022-2030", "2030-12-31"), BH, True),
  ("PL2.23", 800, [TTP], [NM, BNL], P("2026 - 2030", "2030-12-31"), K, None),
  ("PL2.24", 803, [TTP], [NM, BNL], TX, K, None),
  ("PL2.25", 807, [], [NM, BNL], P("2026 - 2030", "2030-12-31"), K, None),
  ("PL2.26", 810, ["Bộ Quốc phòng"], ["Các bộ, ngành, tỉnh, thành phố có liên quan"], None, K, None),
  ("PL2.27", 818, [NM], [TTP], P("2026", "2026-12-31"), BH, None),
  ("PL2.28", 822, [NM], [TTP], P("2027 - 2030", "2030-12-31"), K, None),
  ("PL2.36", 881, [NM], [BNT], P("2026", "2026-12-31"), BH, None),
  ("PL2.37", 886, [NM], [BNT], P("2030", "2030-12-31"), BH, None),
  ("PL2.38", 889, ["Bộ Công Thương", "Bộ Tài chính"], ["Bộ Khoa học và Công nghệ"], P("2026", "2026-12-31"), BH, True),
  ("PL2.39", 897, ["Bộ Công Thương"], [BNT], P("2026 - 2030", "2030-12-31"), K, None),
  ("PL2.40", 901, ["Bộ Xây dựng"], [BNT], None, K, None),
]
for path, ln, lead, sup, dl, cat, amb in PL:
    tasks.append(T(path, A(ln), lead, sup, dl, cat, amb=amb))
write(SRC, doc, tasks)
