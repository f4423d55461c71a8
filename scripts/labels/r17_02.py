"""Blind labels for realdocs17 02: Quyết định 1074/QĐ-BXD of the Bộ Xây dựng (29/6/2026) issuing the technical solutions
that raise fire safety in premises that cannot be brought up to the fire codes: Điều 1 issues the solutions (not in
this file), Điều 2 effect, Điều 3 "Tổ chức thực hiện" 1 (the provinces' duty, with a deadline) and 2 (execution). The
decision that Lào Cai's letter 7432/UBND-XD (realdocs8 04) implements. Raw pdftotext layout with the converter's first
line and a form feed at the start of page 2, from Trangsct/skill-sct. Annotator annot19; see NOTES.md (realdocs17)."""
from labelkit import T, D
from r17kit import A as _A, R, L as _L, write
SRC = "02_quyetdinh-1074-QD-BXD-2026-giai-phap-ky-thuat-nang-cao-an-toan-PCCC.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
CP, B = "Chính phủ", "basis"
doc = {
  # Điều 1 issues "các giải pháp kỹ thuật …" — technical solutions, not a plan, programme or scheme → kind QuyetDinh
  # (alternative KeHoach, reading the solutions as a scheme the decision issues; the file holds no plan text either way).
  "kind": "QuyetDinh", "number": "1074/QĐ-BXD", "issuer": "Bộ Xây dựng",
  "place": "Hà Nội", "issuedOn": "2026-06-29",
  # The title lines joined as written; the authority line "BỘ TRƯỞNG BỘ XÂY DỰNG" is no part.
  "title": "Ban hành các giải pháp kỹ thuật nâng cao an toàn phòng cháy, chữa cháy cho các cơ sở, công trình không bảo "
           "đảm yêu cầu về phòng cháy và chữa cháy và không có khả năng khắc phục theo các tiêu chuẩn, quy chuẩn kỹ "
           "thuật tại thời điểm đưa vào hoạt động đến trước ngày Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ có hiệu "
           "lực thi hành thuộc thẩm quyền quản lý của Bộ Xây dựng",
  # "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG" beside the recipients, the name joined to a recipient line ("- Công báo, Cổng TTĐT
  # của Chính phủ;   Phạm Minh Hà").
  "signer": {"name": "Phạm Minh Hà", "position": "Thứ trưởng", "capacity": "KT. Bộ trưởng"},
  "references": [
    # The laws by number, no "của" → issuer null (r14-04's convention).
    R("Luat", "55/2024/QH15", "2024-11-29", None, B),
    R("Luat", "64/2025/QH15", "2025-02-19", None, B),
    # "được sửa đổi, bổ sung bởi Luật số 87/2025/QH15 ngày 25 tháng 6 năm 2025" inside the same "Căn cứ" → basis.
    R("Luat", "87/2025/QH15", "2025-06-25", None, B),
    R("NghiDinh", "33/2025/NĐ-CP", "2025-02-25", CP, B),
    R("NghiDinh", "105/2025/NĐ-CP", "2025-05-15", CP, B),
    R("QuyetDinh", "235/QĐ-TTg", "2025-01-25", "Thủ tướng Chính phủ", B),
  ],
  "recipients": ["Như Điều 3", "Thủ tướng Chính phủ (để b/c)", "Các Phó Thủ tướng Chính phủ (để b/c)",
                 "Bộ trưởng (để b/c)", "Các đ/c Thứ trưởng", "Văn phòng Chính phủ",
                 "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "HĐND, UBND các tỉnh, thành phố",
                 "Công báo, Cổng TTĐT của Chính phủ", "Cổng TTĐT của Bộ Xây dựng (để đăng tải)",
                 "Lưu: VT, Vụ KHCNMT&VLXD(Hiển)."],
}
tasks = [
  # Điều 1 issues, Điều 2 is the effect clause → none.
  # Điều 3.1: "Ủy ban nhân dân các tỉnh, thành phố có trách nhiệm chỉ đạo, kiểm tra, hướng dẫn việc thực hiện các giải
  # pháp …, hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028." → the provinces' committees lead, one owner as written
  # (no place named); a ministry's "có trách nhiệm" to bodies outside it, no "Đề nghị" → assigned (the default).
  # Directing, checking and guiding → KiemTraGiamSat (alternative Khac).
  T("3.1", A(L("1. Ủy ban nhân dân các tỉnh, thành phố có trách nhiệm")), ["Ủy ban nhân dân các tỉnh, thành phố"], [],
    D("date", "hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028", "2028-07-01"), "KiemTraGiamSat"),
  # Điều 3.2: "Chánh Văn phòng Bộ, Vụ trưởng …, Thủ trưởng các đơn vị thuộc Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành
  # phố chịu trách nhiệm thi hành Quyết định này./." → the execution clause, none.
]
write(SRC, doc, tasks)
