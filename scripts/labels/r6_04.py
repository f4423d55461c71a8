"""Blind labels for realdocs6 04: Kết luận 75-KL/TW of the Party Central Committee (Hội nghị Trung ương 3 khóa XIV,
28/7/2026) on environmental protection and climate change. A tesseract OCR text (Trangsct/skill-sct) whose section
numerals are misread ("I- BI CẢNH", "I- QUAN ĐIỄM, MỤC TIỂU" for II, "II- NHIỆM VỤ, GIẢI PHÁP" for III, "IV- TÔ CHỨC THỰC
HIỆN"); the signer's name is lost. III has nine headed items of unmarked paragraphs, IV seven owner items; an appendix
of targets follows. Annotator annot8; see corpus/labels/NOTES.md (realdocs6)."""
from labelkit import T, D
from r6kit import anchor, write
SRC = "04_ketluan-75-KL-TW-2026-bao-ve-moi-truong-bien-doi-khi-hau-ocr.txt"
A = lambda ln, after=None: anchor(SRC, ln, after)
R = lambda kind, number, on, issuer, rel="mentions": {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": rel}
doc = {
  "kind": "KetLuan", "number": "75-KL/TW", "issuer": "Ban Chấp hành Trung ương", "place": "Hà Nội",
  "issuedOn": "2026-07-28",
  # the type line "KÉT LUẬN" dropped; the rest as the OCR gives it
  "title": "HỘI NGHỊ LÀN THỨ BA BAN CHÁP HÀNH TRUNG ƯƠNG ĐÁNG KHOÁ XIV về bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu trong thời kỳ mới",
  # "T/M BAN CHẮÁP HÀNH TRUNG ƯƠNG" / "==ss„LONG BÌ THỨ" (TỔNG BÍ THƯ misread): the name is missing → name and position null.
  "signer": {"name": None, "position": None, "capacity": "T/M Ban Chắáp hành Trung ương"},
  "references": [R("NghiQuyet", "24-NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng khoá XI")],
  # the signature's OCR residue inside the list ("==ss„LONG BÌ THỨ", "Ì", ":", "<Ỹ`.ưF_“") is dropped
  "recipients": ["Các ban đảng, đảng uỷ trực thuộc Trung ương", "Các tỉnh uỷ, thành uỷ",
                 "Đảng uỷ các bộ, ngành, tổ chức chính trị - xã hội ở Trung ương",
                 "Các đảng uỷ đơn vị sự nghiệp Trung ương", "Các đồng chí Uỷ viên Ban Châp hành Trung ương Đảng",
                 "Lưu Văn phòng Trung ương Đảng"],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
# Sections I (situation) and II (quan điểm, mục tiêu) and the appendix of targets hold no tasks. Paths use the intended
# numerals (III for the OCR's "II- NHIỆM VỤ, GIẢI PHÁP"). Each III item is a heading line over unmarked paragraphs, no
# bullets → the numbered item is one task (contract; label 15 D.2), anchored in its first paragraph so that the anchor
# holds whether the heading line is kept in the task text or not. Alternative: one task per paragraph (2–4 per item).
tasks = [
  # III.1's first paragraph has its own subject → lead (gold 000 II.2 convention); "Nhà nước" (III.3) is no agency.
  T("III.1", A(145), ["Các cấp uỷ, tô chức đảng, các cấp chính quyền"], [], None, TT),
  T("III.2", A(166), [], [], None, BH),
  T("III.3", A(206), [], [], None, K),
  T("III.4", A(236), [], [], None, K),
  T("III.5", A(258), [], [], None, K),
  T("III.6", A(281), [], [], None, K),
  # "phấn đấu thực hiện mục tiêu đạt phát thải ròng bằng 0 vào năm 2050" names the goal → null (alternative 2050-12-31).
  T("III.7", A(308), [], [], None, K, amb=True),
  T("III.8", A(335), [], [], None, K),
  T("III.9", A(363), [], [], None, K),
  T("IV.1", A(377), ["Bộ Chính trị"], [], None, BH),
  T("IV.2", A(381), ["Đảng uỷ Quốc hội"], [], None, BH),
  T("IV.3", A(387), ["Đảng uỷ Chính phủ"], ["Đảng uỷ Quốc hội"], None, BH),
  T("IV.4", A(399), ["Các tỉnh uỷ, thành uý, đảng uỷ trực thuộc Trung ương"], [], None, BH),
  # "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương" is the name of one Party committee → one owner.
  T("IV.5", A(403), ["Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương"], [], None, TT),
  T("IV.6", A(409), ["Ban Tuyên giáo và Dân vận Trung ương"], ["Đảng uỷ Chính phủ"], None, TT),
  # "định kỳ báo cáo Bộ Chính trị, Ban Bí thư": no frequency → null (r5-05 convention); the bodies reported to are no owners.
  T("IV.7", A(413), ["Ban Chính sách, chiến lược Trung ương"], ["các cơ quan liên quan"], None, KT),
]
write(SRC, doc, tasks)
