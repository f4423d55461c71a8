"""Blind labels for realdocs3 02: Kế hoạch 3260-KH/ĐĐQH15 of the Đảng đoàn Quốc hội (10/01/2025) implementing
Nghị quyết 57-NQ/TW (markdown; owner headings a)–p) with "*" bullets). Annotator annot3; see corpus/labels/NOTES.md."""
from labelkit import T, D, write
from r3kit import anchor
SRC = "02_kehoach-3260-KH-DDQH15-DangDoanQuocHoi-2025-thuc-hien-NQ57.txt"
A = lambda ln: anchor(SRC, ln)
doc = {
  "kind": "KeHoach", "number": "3260-KH/ĐĐQH15", "issuer": "Đảng đoàn Quốc hội",
  "place": "Hà Nội", "issuedOn": "2025-01-10",
  "title": "khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
  "signer": {"name": "Trần Thanh Mẫn", "position": "Bí thư", "capacity": "T/M Đảng đoàn Quốc hội"},
  "references": [
    {"kind": "NghiQuyet", "number": "57-NQ/TW", "issuedOn": "2024-12-22", "issuer": "Bộ Chính trị", "relation": "implements"},
  ],
  "recipients": [
    "Ban Bí thư Trung ương Đảng (để b/c)",
    "Ban cán sự đảng Chính phủ (để phối hợp)",
    "Thành viên Đảng đoàn Quốc hội",
    "VPTW, VPCP, VPQH",
    "Tổ đảng ở TT HĐDT, TT các UB của QH",
    "Các cơ quan thuộc UBTVQH",
    "Đảng ủy cơ quan Văn phòng Quốc hội",
    "Các Đoàn ĐBQH",
    "CVP, PCVP ĐĐQH",
    "Lưu VPĐĐQH, Vụ KHCNMT",
  ],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
UBTV = "Ủy ban Thường vụ Quốc hội"
TO = lambda body: ["Tổ đảng ở Thường trực " + body]
KHCN = TO("Ủy ban Khoa học, Công nghệ và Môi trường")
HDDT, PL, TP, KTE = TO("Hội đồng Dân tộc"), TO("Ủy ban Pháp luật"), TO("Ủy ban Tư pháp"), TO("Ủy ban Kinh tế")
TCNS, QPAN, VHGD = TO("Ủy ban Tài chính, Ngân sách"), TO("Ủy ban Quốc phòng và An ninh"), TO("Ủy ban Văn hóa, Giáo dục")
XH, DN = TO("Ủy ban Xã hội"), TO("Ủy ban Đối ngoại")
VPQH = ["Đảng ủy cơ quan Văn phòng Quốc hội"]
DDQH = ["Đảng đoàn Quốc hội"]
Y2025 = lambda t: D("period", t, "2025-12-31")
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU: not tasks.
  # II.1 Tuyên truyền, quán triệt …
  T("II.1.1", A(41), ["Đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội",
                      "lãnh đạo các cơ quan thuộc " + UBTV, "các Đoàn đại biểu Quốc hội"], [], None, TT),
  T("II.1.2", A(42), DDQH, ["Đảng ủy cơ quan Văn phòng Quốc hội"], None, TT),
  # II.2.1 "… Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:"
  T("II.2.1.1", A(48), DDQH, [], Y2025("trong năm 2025"), BH),
  T("II.2.1.2", A(49), DDQH, [], None, BH),
  T("II.2.1.3", A(50), DDQH, [], None, KT),
  # II.2.2 owner headings a)–p)
  T("II.2.2.a.1", A(56), KHCN, [], D("ongoing", "Thường xuyên"), TM, amb=True),
  T("II.2.2.a.2", A(57), KHCN, [], Y2025("trong năm 2025"), BH, amb=True),
  T("II.2.2.a.3", A(59), KHCN, [], None, KT),
  T("II.2.2.a.4", A(60), KHCN, [], None, KT),
  T("II.2.2.a.5", A(61), KHCN, [], None, BH, amb=True),
  T("II.2.2.a.6", A(63), KHCN, [], None, K),
  T("II.2.2.b.1", A(67), HDDT, [], None, BH),
  T("II.2.2.b.2", A(68), HDDT, [], None, KT),
  T("II.2.2.b.3", A(69), HDDT, [], None, K),
  T("II.2.2.c.1", A(73), PL, [], None, KT),
  T("II.2.2.c.2", A(74), PL, [], None, BH),
  T("II.2.2.c.3", A(75), PL, [], None, K),
  T("II.2.2.d.1", A(79), TP, [], None, KT),
  T("II.2.2.d.2", A(80), TP, [], None, K),
  T("II.2.2.e.1", A(83), KTE, [], None, KT),
  T("II.2.2.e.2", A(84), KTE, [], None, BH),
  T("II.2.2.e.3", A(85), KTE, [], None, TM),
  T("II.2.2.e.4", A(86), KTE, [], None, K),
  T("II.2.2.g.1", A(90), TCNS, [], None, KT),
  T("II.2.2.g.2", A(91), TCNS, [], None, TM),
  T("II.2.2.g.3", A(92), TCNS, [], None, K),
  T("II.2.2.h.1", A(96), QPAN, [], None, KT),
  T("II.2.2.h.2", A(98), QPAN, [], None, BH),
  T("II.2.2.h.3", A(99), QPAN, [], None, K),
  T("II.2.2.i.1", A(103), VHGD, [], None, KT),
  T("II.2.2.i.2", A(104), VHGD, [], None, BH),
  T("II.2.2.i.3", A(105), VHGD, [], None, TM),
  T("II.2.2.i.4", A(106), VHGD, [], None, K),
  T("II.2.2.k.1", A(110), XH, [], None, KT),
  T("II.2.2.k.2", A(111), XH, [], None, BH),
  T("II.2.2.k.3", A(113), XH, [], None, K),
  T("II.2.2.l.1", A(117), DN, [], None, KT),
  T("II.2.2.l.2", A(118), DN, [], None, K),
  T("II.2.2.m.1", A(122), VPQH, [], None, TT),
  T("II.2.2.m.2", A(123), VPQH, [], None, K),
  T("II.2.2.m.3", A(124), VPQH, [], None, K),
  T("II.2.2.m.4", A(125), VPQH, [], None, BH, amb=True),
  T("II.2.2.n.1", A(129), ["Lãnh đạo Ban Dân nguyện"], [], None, TM),
  T("II.2.2.o.1", A(132), ["Lãnh đạo Ban Công tác đại biểu"], [], None, BM),
  T("II.2.2.p.1", A(136), ["Các Đoàn đại biểu Quốc hội", "các đại biểu Quốc hội"], [], None, KT),
  # III TỔ CHỨC THỰC HIỆN
  T("III.1", A(140), ["Các thành viên Đảng đoàn Quốc hội", "Tổ trưởng Tổ đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội",
                      "Chủ nhiệm Văn phòng Quốc hội", "Lãnh đạo các cơ quan thuộc " + UBTV, "Trưởng Đoàn đại biểu Quốc hội"], [], None, K),
  T("III.2", A(141), [UBTV, "Hội đồng Dân tộc", "các Ủy ban của Quốc hội", "Văn phòng Quốc hội", "các cơ quan thuộc " + UBTV,
                      "các Đoàn đại biểu Quốc hội", "các đại biểu Quốc hội", "các cơ quan, tổ chức hữu quan"], [], None, K),
  T("III.3", A(142), ["Thường trực Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội"],
    ["Hội đồng Dân tộc", "các Ủy ban của Quốc hội", "Văn phòng Quốc hội", "các cơ quan thuộc " + UBTV,
     "các Đoàn đại biểu Quốc hội", "Văn phòng Đảng đoàn Quốc hội"], None, BC),
]
write(SRC, doc, tasks, prefix="r3-")
