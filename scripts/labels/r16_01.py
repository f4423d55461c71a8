"""Blind labels for realdocs16 01: Quyết định 2390/QĐ-UBND of the Ủy ban nhân dân tỉnh Lào Cai (09/7/2026) on the
medium-term public investment plan 2026-2030 from local budget sources. Điều 1 decides the plan's total by source (five
lettered amount fields), 2 its allocation principles (a-c), 3 the order of priority in allocating (a-i, "Bố trí vốn …",
"Phân bổ …", no owner); Điều 2 the provincial share by source (five amount fields); Điều 3 "… chủ đầu tư và các cơ quan
có liên quan tổ chức thực hiện …"; Điều 4 the effect clause, one paragraph "Đề nghị Ủy ban Kiểm tra Tỉnh ủy, … phối hợp
kiểm tra, giám sát … Thanh tra tỉnh, Công an tỉnh … tham mưu …", and the execution clause. Raw pdftotext layout with the
converter's first line, page numbers 2 and 3, form feeds, from Trangsct/skill-sct. Annotator annot18; see NOTES.md
(realdocs16)."""
from labelkit import T, D
from r16kit import A as _A, R, L as _L, write
SRC = "01_quyetdinh-2390-QD-UBND-LaoCai-2026-ke-hoach-dau-tu-cong-trung-han-2026-2030.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
B = "basis"
HDND = "Hội đồng nhân dân tỉnh"
doc = {
  # A decision on a budget plan (amounts by source, principles, priorities; the detail in five attached tables), not a
  # decision issuing an action plan ("Ban hành Kế hoạch …"): kind QuyetDinh (alternative KeHoach).
  "kind": "QuyetDinh", "number": "2390/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Lào Cai",
  "place": "Lào Cai", "issuedOn": "2026-07-09",
  "title": "Về kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 nguồn vốn ngân sách địa phương tỉnh Lào Cai",
  "signer": {"name": "Nguyễn Tuấn Anh", "position": "Chủ tịch", "capacity": "TM. Ủy ban nhân dân"},
  "references": [
    # "Căn cứ" lines: laws by number (issuer null, as realdocs14 04), the amending law named after "bởi".
    R("Luat", "72/2025/QH15", None, None, B),
    R("Luat", "58/2024/QH15", None, None, B),
    R("Luat", "90/2025/QH15", None, None, B),
    R("Luat", "89/2025/QH15", None, None, B),
    R("NghiQuyet", "51/NQ-HĐND", "2025-12-09", HDND, B),
    R("NghiQuyet", "25/NQ-HĐND", "2026-06-29", HDND, B),
    # "Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 536/TTr-STC ngày 19 tháng 06 năm 2026" → mentions, issuer
    # null (realdocs12 03 / realdocs15 02's reading of "Xét đề nghị của … tại …").
    R("Other", "536/TTr-STC", "2026-06-19", None),
    # Điều 1.2.b: cited by kind and number inside a principle → mentions.
    R("NghiQuyet", "70/2025/UBTVQH15", "2025-02-07", "Ủy ban Thường vụ Quốc hội"),
    R("ChiThi", "16/CT-TTg", "2026-04-23", "Thủ tướng Chính phủ"),
  ],
  "recipients": ["Văn phòng Chính phủ", "Bộ Tài chính", "Thường trực Tỉnh uỷ, HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
                 "Các Ban HĐND tỉnh", "Các sở, ngành, đoàn thể tỉnh", "Như Điều 4 QĐ",
                 "Chánh VP, các Phó CVP UBND tỉnh", "Lưu VT, XD, TH."],
}
tasks = [
  # Điều 1.1 and Điều 2 a)-đ): amount fields (allocation, no task). Điều 1.2 "Nguyên tắc phân bổ …": principles. Điều
  # 1.3 a)-i) "Thứ tự ưu tiên …": items of an article that decides an amount, naming no owner → no tasks (alternative:
  # Điều 1 read as the plan itself, nine tasks 1.3.a-i, Khac, no owner).
  # Điều 3: its own subject "chủ đầu tư và các cơ quan có liên quan" → task "3".
  # Anchor after the article's number, inside its own text, as realdocs12 03's "Điều 3. Ngân hàng Nhà nước …" is anchored
  # (corrected by xr16 in the seventh session; it read "Điều 3. Căn cứ nội dung được giao, chủ").
  T("3", A(L("Điều 3. Căn cứ nội dung được giao"), after="Điều 3."), ["chủ đầu tư", "các cơ quan có liên quan"], [], None, "Khac"),
  # Điều 4: "Quyết định này có hiệu lực kể từ ngày ký." (effect) then one paragraph of two sentences: "Đề nghị <three
  # Party/audit bodies> phối hợp kiểm tra, giám sát định kỳ hoặc thường xuyên …" and "Thanh tra tỉnh, Công an tỉnh …
  # tham mưu cho Ủy ban nhân dân tỉnh …". One paragraph → one task "4" with the five bodies, mode from its opening
  # "Đề nghị" (requested; alternative: two tasks 4.1 requested KiemTraGiamSat and 4.2 assigned ThamMuu). Deadline
  # "định kỳ hoặc thường xuyên" → ongoing, ambiguous ("định kỳ" names no rhythm; alternative null).
  T("4", A(L("Đề nghị Ủy ban Kiểm tra Tỉnh ủy")),
    ["Ủy ban Kiểm tra Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Kiểm toán khu vực VII", "Thanh tra tỉnh", "Công an tỉnh"], [],
    D("ongoing", "định kỳ hoặc thường xuyên"), "KiemTraGiamSat", mode="requested", amb=True),
  # Execution clause ("Chánh Văn phòng … chịu trách nhiệm thi hành Quyết định này./."): no task.
]
write(SRC, doc, tasks)
