"""Blind labels for realdocs6 01: Công văn 9389/BNNMT-BĐKH of the Bộ Nông nghiệp và Môi trường (20/11/2025) to the
provincial People's Committees on greenhouse-gas mitigation, the carbon market and the ozone layer: "Bộ … kính đề nghị
Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương … cụ thể như sau:" over three topic headings (1–3) with
lettered items. pdftotext layout text from Trangsct/skill-sct. Annotator annot8; see corpus/labels/NOTES.md (realdocs6)."""
from labelkit import T, D
from r6kit import anchor, write
SRC = "01_congvan-9389-BNNMT-BDKH-2025-giam-nhe-khi-nha-kinh-cac-bon-o-don.txt"
A = lambda ln, after=None: anchor(SRC, ln, after)
R = lambda kind, number, on, issuer, rel="mentions": {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": rel}
BNN = "Bộ Nông nghiệp và Môi trường"
doc = {
  "kind": "CongVan", "number": "9389/BNNMT-BĐKH", "issuer": BNN, "place": "Hà Nội", "issuedOn": "2025-11-20",
  "title": "V/v triển khai thực hiện các quy định pháp luật về giảm nhẹ phát thải khí nhà kính, thị trường các-bon và bảo vệ tầng ô-dôn",
  "signer": {"name": "Lê Công Thành", "position": "Thứ trưởng", "capacity": "KT. Bộ trưởng"},
  "references": [
    # "Để triển khai thực hiện các quy định mới được ban hành" = NĐ 119 and TT 08 → implements; the amended texts mentions.
    R("NghiDinh", "119/2025/NĐ-CP", "2025-06-09", "Chính phủ", "implements"),
    R("NghiDinh", "06/2022/NĐ-CP", "2022-01-07", "Chính phủ"),
    R("ThongTu", "08/2025/TT-BNNMT", "2025-06-17", "Bộ trưởng Bộ Nông nghiệp và Môi trường", "implements"),
    R("ThongTu", "01/2022/TT-BTNMT", "2022-01-07", None),
  ],
  "recipients": ["Như trên", "Thủ tướng Chính phủ (để báo cáo)", "PTTgCP Trần Hồng Hà (để báo cáo)",
                 "Bộ trưởng Trần Đức Thắng (để báo cáo)", "Văn phòng Chính phủ", "Các Bộ: Công Thương, Xây dựng, Tài chính",
                 "Lưu: VT, VP(TH), PC, BĐKH"],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
# Every item's owner is the letter's addressee, from the introduction "kính đề nghị Ủy ban nhân dân các tỉnh, thành phố
# trực thuộc Trung ương …" → lead, mode requested. Bodies only "chỉ đạo"-ed (cơ quan chuyên môn, Sở Nông nghiệp và Môi
# trường in 3.a) and bodies reported to (gửi Bộ …) are not owners. The headings 1–3 ("Về …") name topics: no tasks.
UB = ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
Q = lambda *a, **k: T(*a, mode="requested", **k)
Y30 = lambda due: D("recurring", "trước ngày 30 tháng 6 hằng năm", due, "year")
tasks = [
  # "định kỳ hai năm một lần rà soát …; đề xuất … gửi … trước ngày 30 tháng 6 hằng năm": the proposal is yearly
  # (alternative: every two years, which the deadline table has no unit for).
  Q("1.a", A(26), UB, [], Y30("2026-06-30"), BC, amb=True),
  Q("1.b", A(33), UB, [BNN], None, K),
  Q("1.c", A(42), UB, [], D("recurring", "trước ngày 30 tháng 6 hằng năm kể từ năm 2027", "2027-06-30", "year"), KT),
  Q("1.d", A(51), UB, [], Y30("2026-06-30"), BC),
  Q("1.đ", A(55), UB, [], None, K),                      # "Phối hợp cung cấp số liệu": no partner named
  Q("2.a", A(61), UB, [], D("recurring", "định kỳ hằng năm", None, "year"), BC),
  Q("2.b", A(65), UB, ["Bộ Tài chính"], None, K),
  Q("2.c", A(67), UB, [BNN], None, K),
  Q("2.d", A(70), UB, [], None, TT),
  Q("3.a", A(74), UB, [], None, KT),
  Q("3.b", A(81), UB, [], None, TT),
  Q("3.c", A(88), UB, [BNN], None, KT),
  # "Bộ Nông nghiệp và Môi trường trân trọng cảm ơn sự phối hợp …" is closing courtesy, no task.
]
write(SRC, doc, tasks)
