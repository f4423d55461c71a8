"""Blind labels for realdocs15 04: Công văn 1178/ĐCK-CTT of the Cục Đổi mới sáng tạo, chuyển đổi xanh và Khuyến công
(Bộ Công Thương; 9/7/2025) answering the Sở Công Thương tỉnh Lào Cai on industrial clusters after the new administrative
boundaries: two numbered answers, then "Trên đây là ý kiến trao đổi …". A guidance reply: 1 sums up the decree (no
task), 2 ends "đề nghị địa phương căn cứ địa giới hành chính mới … ; điều chỉnh Quyết định …" (one request). The PDF's
font turned every "ư" into "ƣ" and "Õ" stands in the motto ("CỘNG HÕA"); kept as written. pdftotext layout with the
converter's first line, from Trangsct/skill-sct. Annotator annot17; see NOTES.md (realdocs15)."""
from labelkit import T
from r15kit import A as _A, R, L as _L, write
SRC = "04_congvan-1178-DCK-CTT-BoCongThuong-2025-huong-dan-cum-cong-nghiep-dia-gioi-moi.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  # Header "BỘ CÔNG THƢƠNG" over "CỤC ĐỔI MỚI SÁNG TẠO, / CHUYỂN ĐỔI XANH VÀ / KHUYẾN CÔNG": the unit is the issuer, as
  # the opening spells it ("Cục Đổi mới sáng tạo, chuyển đổi xanh và Khuyến công (Cục ĐCK)"; alternative the header's
  # words in title case, "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công").
  "kind": "CongVan", "number": "1178/ĐCK-CTT", "issuer": "Cục Đổi mới sáng tạo, chuyển đổi xanh và Khuyến công",
  "place": "Hà Nội", "issuedOn": "2025-07-09",
  "title": "V/v hƣớng dẫn về công tác quản lý, phát triển cụm công nghiệp theo địa giới hành chính mới",
  "signer": {"name": "Nguyễn Văn Thịnh", "position": "Phó Cục trưởng", "capacity": "KT. Cục trưởng"},
  "references": [
    # Opening: "nhận đƣợc Công văn số 212/SCT-QLCN ngày 03 tháng 7 năm 2025 của Sở Công Thƣơng tỉnh Lào Cai" (the
    # letter answered; the name as written, with "ƣ"; alternative "Sở Công Thương tỉnh Lào Cai").
    R("CongVan", "212/SCT-QLCN", "2025-07-03", "Sở Công Thƣơng tỉnh Lào Cai"),
    R("NghiDinh", "139/2025/NĐ-CP", "2025-06-12", "Chính phủ"),
    # "tại Nghị định số 32/2024/NĐ-CP": no date, no "của" → issuer null (alternative "Chính phủ").
    R("NghiDinh", "32/2024/NĐ-CP", None, None),
  ],
  "recipients": ["Nhƣ trên", "Thứ trƣởng Nguyễn Sinh Nhật Tân (để b/c)", "Cục trƣởng (để b/c)", "Lƣu: VT, CTT. Phunt."],
}
tasks = [
  # 1 "Về điều kiện thành lập, mở rộng CCN": "Tại Điều 12 Nghị định số 139/2025/NĐ-CP … quy định trách nhiệm của Ủy ban
  # nhân dân cấp tỉnh …" then "Vì vậy, Ủy ban nhân dân cấp tỉnh quyết định thực hiện nội dung trên cho phù hợp …": the
  # item opens with a provision and sums up who decides → no task (alternative a task led by "Ủy ban nhân dân cấp
  # tỉnh", mode null).
  # 2: "Vì vậy, đề nghị địa phương căn cứ địa giới hành chính mới … để xác định địa điểm …; điều chỉnh Quyết định thành
  # lập, mở rộng CCN (nếu có) trên địa bàn." → task "2", requested; "địa phương" (the addressed Sở's province) is a
  # generic owner (alternative lead [] and mode null). Locating clusters and adjusting decisions → Khac (alternative
  # BanHanhVanBan for the decisions to adjust).
  T("2", A(L("2. Về địa giới hành chính áp dụng")), ["địa phƣơng"], [], None, "Khac", mode="requested"),
]
# "Trên đây là ý kiến trao đổi của Cục ĐCK để Quý Sở nghiên cứu, thực hiện theo quy định pháp luật./." → closing.
write(SRC, doc, tasks)
