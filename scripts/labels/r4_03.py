"""Blind labels for realdocs4 03: Nghị quyết 494/NQ-UBTVQH13 of the Ủy ban Thường vụ Quốc hội (18/5/2012) on the
results of its supervision of policy for people with meritorious services: Điều 2 "yêu cầu Chính phủ, Thủ tướng Chính
phủ" five tasks, Điều 3 reporting and supervision. thuvienphapluat text as crawled by a chatbot project. Annotator
annot4; see corpus/labels/NOTES.md."""
from labelkit import T, D, write
from r4kit import anchor
SRC = "03_nghiquyet-494-NQ-UBTVQH13-2012-giam-sat-chinh-sach-nguoi-co-cong.txt"
A = lambda ln, after=None: anchor(SRC, ln, after)
UBTV = "Ủy ban thường vụ Quốc hội"
doc = {
  "kind": "NghiQuyet", "number": "494/NQ-UBTVQH13", "issuer": "Ủy ban Thường vụ Quốc hội",
  "place": "Hà Nội", "issuedOn": "2012-05-18",
  "title": "VỀ KẾT QUẢ GIÁM SÁT VIỆC THỰC HIỆN CHÍNH SÁCH, PHÁP LUẬT VỀ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG",
  "signer": {"name": "Nguyễn Sinh Hùng", "position": "Chủ tịch", "capacity": "TM. Ủy ban Thường vụ Quốc hội"},
  "references": [
    {"kind": "NghiQuyet", "number": "51/2001/QH10", "issuedOn": None, "issuer": None, "relation": "basis"},
    {"kind": "NghiQuyet", "number": "407/NQ-UBTVQH13", "issuedOn": "2011-11-22", "issuer": UBTV, "relation": "basis"},
    {"kind": "BaoCao", "number": "120/BC-ĐGS", "issuedOn": "2012-04-12", "issuer": "Đoàn giám sát của " + UBTV, "relation": "mentions"},
    {"kind": "BaoCao", "number": "31/BC-CP", "issuedOn": "2012-02-29", "issuer": "Chính phủ", "relation": "mentions"},
  ],
  "recipients": ["Như Điều 3", "Ban Bí thư TƯ Đảng", "Chính phủ", "Thủ tướng Chính phủ", "Các Bộ, cơ quan ngang Bộ",
                 "Các cơ quan của UBTVQH", "VPTƯ Đảng, VPCP, VPCTN", "UBND các tỉnh, TP trực thuộc TƯ",
                 "Thành viên đoàn giám sát", "Lãnh đạo VPQH", "Lưu: HC, TH, CVĐXH"],
}
K, TT, BH, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "KiemTraGiamSat", "BaoCao"
GOV = ["Chính phủ", "Thủ tướng Chính phủ"]
R = dict(mode="required")
tasks = [
  # Điều 1 approves the supervision report and states findings: not a task.
  # Điều 2 "Ủy ban thường vụ Quốc hội yêu cầu Chính phủ, Thủ tướng Chính phủ tập trung thực hiện … sau đây:" — the
  # items have no subject of their own, so the intro's addressees lead them, mode required (label 16's convention).
  T("2.1", A(35), GOV, [], None, K, **R),
  T("2.2", A(37), GOV, [], D("period", "trong hai năm 2012 - 2013", "2013-12-31"), K, **R),
  T("2.3", A(39), GOV, [], D("period", "trong năm 2012", "2012-12-31"), BH, **R),
  T("2.4", A(41), GOV, [], None, K, **R),
  T("2.5", A(43), GOV, [], None, TT, **R),
  # Điều 3: 1 (the Government reports) and 2 (bodies supervise) have their own subjects; Điều 4 is entry into force.
  T("3.1", A(47), ["Chính phủ"], [], D("period", "Kết thúc năm 2013", "2013-12-31"), BC, amb=True),
  T("3.2", A(49, "Hội đồng nhân dân các cấp"), [UBTV, "Hội đồng dân tộc", "các Ủy ban của Quốc hội", "Đoàn đại biểu Quốc hội",
                       "đại biểu Quốc hội", "Hội đồng nhân dân các cấp"], [], None, KT),
]
write(SRC, doc, tasks, prefix="r4-")
