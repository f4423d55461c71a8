"""Blind labels for realdocs6 03: Nghị quyết 60-NQ/TW of the Party Central Committee (Hội nghị Trung ương 11 khóa XIII,
12/4/2025) — sáp nhập tỉnh, không tổ chức cấp huyện, chính quyền địa phương 2 cấp. A pandoc Markdown conversion
(dvhcvn/20250701) with the header and signature as pandoc simple tables, bold item numbers ("**1. **") and escaped
bullets ("\\-"). "QUYẾT NGHỊ" over twelve numbered resolutions; the tasks are the "Giao …" paragraphs that follow some of
them, and the closing "Ban Chấp hành Trung ương Đảng yêu cầu …". Annotator annot8; see corpus/labels/NOTES.md
(realdocs6)."""
from labelkit import T, D
from r6kit import anchor, write
SRC = "03_nghiquyet-60-NQ-TW-2025-hoi-nghi-trung-uong-11-sap-xep-don-vi-hanh-chinh.txt"
A = lambda ln, after=None: anchor(SRC, ln, after)
R = lambda kind, number, on, issuer, rel="mentions": {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": rel}
BCH = "Ban Chấp hành Trung ương Đảng"
doc = {
  "kind": "NghiQuyet", "number": "60-NQ/TW", "issuer": "Ban Chấp hành Trung ương", "place": "Hà Nội",
  "issuedOn": "2025-04-12",
  "title": "HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII",
  "signer": {"name": "Tô Lâm", "position": "Tổng Bí thư", "capacity": "T/M Ban Chấp hành Trung ương"},
  "references": [
    R("QuyetDinh", "232-QĐ/TW", "2025-01-20", BCH),
    R("QuyetDinh", "22-QĐ/TW", "2021-07-28", BCH),
    R("QuyetDinh", "262-QĐ/TW", "2025-02-03", BCH),
    R("ChiThi", "35-CT/TW", "2024-06-14", "Bộ Chính trị"),
    R("KetLuan", "118-KL/TW", "2025-01-18", "Bộ Chính trị"),
    R("NghiQuyet", "18-NQ/TW", None, "Ban Chấp hành Trung ương Đảng khóa XII"),
  ],
  "recipients": ["Các ban đảng, đảng ủy trực thuộc Trung ương", "Các tỉnh ủy, thành ủy",
                 "Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng", "Lưu Văn phòng Trung ương Đảng"],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
BCT = "Bộ Chính trị"
# The numbered resolutions ("Thông qua …", "Cơ bản thống nhất …", "Đồng ý …", the discipline in 12) decide; they name no
# owner, so an item is a task only through the "Giao …" paragraph after it (contract: a Nghị quyết's items are tasks
# when they name an owner). The anchor stands in the "Giao" paragraph, inside the task whether it is read as the item's
# continuation (the contract's reading) or as a paragraph of its own. Items 3 ("… để Bộ Chính trị xem xét, quyết định")
# and 9–12 give no task; neither do item 1's four "\- Báo cáo …" bullets (the drafts approved), item 5's four "\- Về …"
# bullets (the decisions), the closing appeal "Ban Chấp hành Trung ương Đảng kêu gọi toàn Đảng …" and the appendix list
# of the 34 provinces.
tasks = [
  T("1", A(39), [BCT], [], None, BH),
  T("2", A(47), [BCT], [], None, BM),
  # 4: "chỉ đạo Đảng uỷ Quốc hội tổ chức triển khai thực hiện" is one of the Bộ Chính trị's own actions → not an owner.
  T("4", A(58), [BCT], [], None, BH),
  # Item 5 has three "Giao" paragraphs with different owners → three tasks, numbered after the item's four bullets.
  T("5.5", A(119), [BCT], [], None, BH),
  # "Giao Bộ Chính trị chỉ đạo Đảng uỷ Chính phủ: Chỉ đạo hoàn thiện Đề án …": the work after the colon is the Đảng uỷ
  # Chính phủ's → both leads (label 12 IV.1 convention; alternative: the Bộ Chính trị alone).
  T("5.6", A(123), [BCT, "Đảng uỷ Chính phủ"], [], None, BM),
  T("5.7", A(143), ["ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc Trung ương"], [], None, BM),
  T("6", A(166), [BCT], [], None, BH),
  T("7", A(175), [BCT], [], None, BH),
  # 8: the item's own "bảo đảm hoàn thành trước ngày 30/6/2025" (in the resolution above the "Giao" paragraph) → date,
  # ambiguous (it bounds the amendment the item decides). Leads: the Bộ Chính trị, the Đảng ủy Quốc hội it directs (who
  # leads Quốc hội's work, "phối hợp với các cơ quan liên quan") and the Đảng uỷ Chính phủ (own clause "Đảng uỷ Chính phủ
  # chỉ đạo, hướng dẫn …"). Quốc hội and Ủy ban Thường vụ Quốc hội, only "lãnh đạo, chỉ đạo"-ed, are not owners.
  T("8", A(186), [BCT, "Đảng ủy Quốc hội", "Đảng uỷ Chính phủ"], ["các cơ quan liên quan"],
    D("date", "trước ngày 30/6/2025", "2025-06-30"), BH, amb=True),
  # The closing "Ban Chấp hành Trung ương Đảng yêu cầu các cấp ủy, cơ quan, đơn vị, tổ chức, nhất là người đứng đầu tập
  # trung sửa đổi, bổ sung, xây dựng hoàn thiện thể chế …" asks for work of its own (not a bare call) → a task, path
  # "13" (unnumbered, at the items' level, as r5-01 "10"), mode required.
  T("13", A(220), ["các cấp ủy, cơ quan, đơn vị, tổ chức"], [], None, BH, mode="required"),
]
write(SRC, doc, tasks)
