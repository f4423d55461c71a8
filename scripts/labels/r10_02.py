"""Blind labels for realdocs10 02: Quyết định 836/QĐ-BXD of the Minister of Construction (14/10/2019) issuing the
Kế hoạch lập Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản làm vật liệu xây dựng thời kỳ
2021-2030 (read as the plan: kind KeHoach). Decision (Điều 1-2), then the plan: I purpose; II three ownerless "-"
bullets; III "(Chi tiết tại biểu kèm theo)"; IV four "Giao …"/owner items; the table "NỘI DUNG CHI TIẾT" (time / work /
body responsible by law / lead unit / supporting units), three phases over numbered groups, 24 rows. Docx text (one
line a paragraph, cells joined by " | "), from Trangsct/skill-sct. Annotator annot12; see NOTES.md (realdocs10)."""
from labelkit import T, D, read_lines
from r10kit import A as _A, R, L as _L, CA, write
SRC = "02_quyetdinh-kehoach-836-QD-BXD-2019-lap-quy-hoach-khoang-san-VLXD.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
L = lambda sub, start=1: _L(SRC, sub, start)
doc = {
  "kind": "KeHoach", "number": "836/QĐ-BXD", "issuer": "Bộ Xây dựng", "place": "Hà Nội", "issuedOn": "2019-10-14",
  "title": "LẬP QUY HOẠCH THĂM DÒ, KHAI THÁC, CHẾ BIẾN VÀ SỬ DỤNG CÁC LOẠI KHOÁNG SẢN LÀM VẬT LIỆU XÂY DỰNG THỜI KỲ "
           "2021-2030, TẦM NHÌN ĐẾN NĂM 2050",
  "signer": {"name": "Phạm Hồng Hà", "position": "Bộ trưởng", "capacity": None},
  "references": [
    R("Luat", "21/2017/QH14", "2017-11-24", None, "basis"),
    R("NghiDinh", "37/2019/NĐ-CP", "2019-05-07", "Chính phủ", "basis"),
    R("NghiDinh", "81/2017/NĐ-CP", "2017-07-17", "Chính phủ", "basis"),
    R("QuyetDinh", "995/QĐ-TTg", "2018-08-09", "Thủ tướng Chính phủ", "basis"),
  ],
  "recipients": ["Như Điều 2", "Phó Thủ tướng Trịnh Đình Dũng (để báo cáo)",
                 "Các Bộ: Kế hoạch và Đầu tư; Tài chính; Công Thương; Tài nguyên và Môi trường; Nông nghiệp và Phát "
                 "triển nông thôn; Văn hóa, Thể thao và Du lịch; Quốc phòng; Công an",
                 "Văn phòng Chính phủ", "Các đơn vị thuộc Bộ Xây dựng", "Chủ tịch UBND các tỉnh, thành phố trực thuộc TW",
                 "Cổng TTĐT Bộ Xây dựng", "Lưu: VT, VLXD."],
}
BH, TT, KT, BC, TM, K = "BanHanhVanBan", "TuyenTruyen", "KiemTraGiamSat", "BaoCao", "ThamMuu", "Khac"
tasks = [
  # Điều 1 (issues the plan), Điều 2 (effect and execution): no tasks. I MỤC ĐÍCH YÊU CẦU: none.
  # II NHIỆM VỤ CHỦ YẾU: three bullets naming the work of the three phases, no owner -> lead [], mode null.
  T("II.1", A(L("- Tổ chức lập, thẩm định và trình phê duyệt nhiệm vụ")), [], [], None, BH),
  T("II.2", A(L("- Tổ chức lập, thẩm định và trình phê duyệt Quy hoạch")), [], [], None, BH),
  T("II.3", A(L("- Tổ chức công bố Quy hoạch")), [], [], None, TT),
  # III: a pointer to the table -> none.
  T("IV.1", A(L("1. Giao Ban Quản lý quy hoạch")), ["Ban Quản lý quy hoạch"], [], None, BH),
  T("IV.2", A(L("2. Giao Vụ Vật liệu xây dựng")), ["Vụ Vật liệu xây dựng"], [], None, TM),
  T("IV.3", A(L("3. Giao Vụ Kế hoạch - Tài chính")), ["Vụ Kế hoạch - Tài chính"], [], None, TM),
  T("IV.4", A(L("4. Các Cục, Vụ, Văn phòng Bộ")), ["Các Cục, Vụ, Văn phòng Bộ"], [], None, K),
]
# The table. Rows "I | GIAI ĐOẠN …", "1 | Lập nhiệm vụ quy hoạch" group the others (no tasks). Task rows: time | work |
# body responsible by law (a role: "Cơ quan lập quy hoạch" …, no owner) | lead unit(s) | supporting units. A blank
# time cell continues the time above (a merged cell) -> that deadline, marked ambiguous.
CATS = {  # by the row's work
  "Xây dựng “Khung định hướng": BH, "Xây dựng nhiệm vụ lập quy hoạch, gồm": BH,
  "Lấy ý kiến các Bộ, ngành, cơ quan ngang bộ": K, "Tổng hợp ý kiến, tiếp thu, giải trình": BH,
  "Trình Thủ tướng Chính phủ thành lập Hội đồng thẩm định nhiệm vụ": TM, "Trình Hội đồng thẩm định nhiệm vụ": TM,
  "Tổng hợp, báo cáo giải trình, tiếp thu ý kiến Hội đồng thẩm định nhiệm vụ": BC,
  "Trình Thủ tướng Chính phủ phê duyệt nhiệm vụ": TM, "Phê duyệt nhiệm vụ lập quy hoạch": BH,
  "Lựa chọn Tư vấn lập Quy hoạch": K, "Thực hiện lập Quy hoạch": BH, "Lập báo cáo đánh giá môi trường": K,
  "Lấy ý kiến các Bộ, cơ quan ngang Bộ": K, "Tổng hợp, giải trình, tiếp thu ý kiến và hoàn chỉnh": BH,
  "Trình Thủ tướng Chính phủ thành lập Hội đồng thẩm định và": TM, "Lựa chọn Tư vấn phản biện": K,
  "Lấy ý kiến thành viên Hội đồng": K, "Trình Hội đồng thẩm định Quy hoạch": TM,
  "Tổng hợp, Báo cáo giải trình, tiếp thu ý kiến Hội đồng thẩm định Quy hoạch": BC,
  "Trình Thủ tướng Chính phủ phê duyệt quy hoạch": TM, "Phê duyệt Quy hoạch": BH,
  "Xây dựng kế hoạch công bố": BH, "Tổ chức Hội nghị công bố": TT, "Bàn giao hồ sơ": K,
}
LAST = {"2019": None}
def deadline(cell):
    import re, calendar
    m = re.fullmatch(r'(\d{1,2})-(\d{1,2})/(\d{4})', cell)
    if m:
        y, mo = int(m[3]), int(m[2])
        return D("period", cell, f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]}")
    m = re.fullmatch(r'(\d{1,2})/(\d{4})', cell)
    y, mo = int(m[2]), int(m[1])
    return D("date", cell, f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]}")
def owners(cell):
    out = []
    for part in cell.replace('/', ';').split(';'):
        p = part.strip().lstrip('-').strip().rstrip('.').strip()
        if p:
            out.append(p)
    return out
lines = read_lines(SRC)
start = L("NỘI DUNG CHI TIẾT", L("IV. TỔ CHỨC THỰC HIỆN")) + 4
phase, group, row, time = None, None, 0, None
for ln in range(start, len(lines) + 1):
    line = lines[ln - 1]
    if not line.strip():
        break
    cells = [c.strip() for c in line.split(' | ')]
    if cells[0] in ("I", "II", "III"):
        phase, group, row = cells[0], None, 0
        continue
    if cells[0].isdigit():
        group, row = cells[0], 0
        continue
    row += 1
    work, lead_cell, sup_cell = cells[1], cells[3], cells[4] if len(cells) > 4 else ""
    amb = None
    if cells[0]:
        time, dl = cells[0], deadline(cells[0])
    else:
        dl, amb = deadline(time), True
    lead = owners(lead_cell)
    if lead_cell.startswith("Do Chủ tịch Hội đồng"):
        lead = []  # "Do Chủ tịch Hội đồng thẩm định quyết định (*)": the chair designates; no body named
    if not lead_cell and cells[2] == "Thủ tướng Chính phủ":
        lead = ["Thủ tướng Chính phủ"]  # the Prime Minister's own approval (responsibility cell), no lead unit
    cat = next(v for k, v in CATS.items() if work.startswith(k))
    path = f"PL1.{phase}.{group}.{row}" if group else f"PL1.{phase}.{row}"
    tasks.append(T(path, CA(SRC, ln, work), lead, owners(sup_cell), dl, cat, amb=amb))
# Ghi chú (the note on the Prime Minister's role, the note that times may be adjusted) and the closing "Trong quá
# trình thực hiện Kế hoạch, trường hợp cần thiết phải điều chỉnh, bổ sung … gửi về Ban quản lý quy hoạch … để tổng
# hợp, trình Bộ trưởng …" (the adjustments notice) -> no tasks.
write(SRC, doc, tasks)
