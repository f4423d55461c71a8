"""Blind labels for realdocs2 18: Quyết định 2629/QĐ-TTg 2025 of the Thủ tướng Chính phủ approving the Chương trình
phát triển Chính phủ số. Fourth annotator (labels7). Read like realdocs2 19 (labels6): the approved programme as a plan
(kind KeHoach, the decision's number and date); Điều 1 III (NHIỆM VỤ, GIẢI PHÁP, no owners) and IV (TỔ CHỨC THỰC
HIỆN) and PHỤ LỤC II (the task table, which repeats III row for row with owners and times) are labelled; PHỤ LỤC I
(indicators with the body that monitors them) is not. See NOTES."""
import re
from labelkit import T, D, write, read_lines
from r2kit import strict_anchor
SRC = "18_quyetdinh-chuongtrinh-2629-QD-TTg-ThuTuong-2025.txt"
LINES = read_lines(SRC)
LOW = '\n'.join(LINES).lower()
SHARED = []
USED = set()
ITEM = re.compile(r'^\s*(?:[-+]\s|\d+\.\s|[a-zđ]\)\s|\*|\|)')
def A(ln, stop=None, path=None):
    a = A0(ln, stop, path)
    USED.add(a.lower())
    return a
def A0(ln, stop=None, path=None):
    if stop is None:  # the item runs to the next line that starts an item, a heading or a table cell
        stop = ln + 1
        while stop <= len(LINES) and LINES[stop - 1].strip() and not ITEM.match(LINES[stop - 1]):
            stop += 1
    try:
        return strict_anchor(SRC, ln, stop)
    except ValueError:
        pass
    line = LINES[ln - 1].strip()
    toks = line.split()
    if 6 <= len(toks) <= 12 and LOW.count(line.lower()) == 1:
        return line  # a short bullet whose text recurs in the appendix: its marker makes it unique
    # No window occurs once: take the first window (6-12 tokens) that occurs exactly twice (this row and its body
    # twin), so the shared anchor is never one of the generic phrases that recur across rows.
    SHARED.append(path)
    for j in range(ln, (stop or ln + 1)):
        lt = LINES[j - 1].split()
        if j == ln:
            lt = re.sub(r'^\s*(?:[-+]|\d+\.)\s+', '', LINES[j - 1]).split()
        for size in (12, 11, 10, 9, 8, 7, 6):
            for i in range(0, max(1, len(lt) - size + 1)):
                cand = ' '.join(lt[i:i + size])
                if len(cand.split()) >= 6 and '*' not in cand and LOW.count(cand.lower()) == 2 \
                        and cand.lower() not in USED:
                    return cand
    raise ValueError(f"no anchor for {path}")
TTG = "Thủ tướng Chính phủ"
doc = {
  "kind": "KeHoach", "number": "2629/QĐ-TTg", "issuer": TTG,
  "place": "Hà Nội", "issuedOn": "2025-12-01",
  "title": "PHÁT TRIỂN CHÍNH PHỦ SỐ",
  "signer": {"name": "Nguyễn Chí Dũng", "position": "Phó Thủ tướng", "capacity": "KT. Thủ tướng"},
  "references": [
    {"kind": "NghiQuyet", "number": "57-NQ/TW", "issuedOn": "2024-12-22", "issuer": "Bộ Chính trị", "relation": "basis"},
    {"kind": "NghiQuyet", "number": "71/NQ-CP", "issuedOn": "2025-04-01", "issuer": "Chính phủ", "relation": "basis"},
    {"kind": "NghiQuyet", "number": "214/NQ-CP", "issuedOn": "2025-07-23", "issuer": "Chính phủ", "relation": "basis"},
    {"kind": "QuyetDinh", "number": "2481/QĐ-TTg", "issuedOn": "2025-11-13", "issuer": TTG, "relation": "mentions"},
    {"kind": "QuyetDinh", "number": "1132/QĐ-TTg", "issuedOn": "2024-10-09", "issuer": TTG, "relation": "mentions"},
    {"kind": "NghiQuyet", "number": "175/NQ-CP", "issuedOn": "2023-10-30", "issuer": "Chính phủ", "relation": "mentions"},
    {"kind": "QuyetDinh", "number": "942/QĐ-TTg", "issuedOn": "2021-06-15", "issuer": TTG, "relation": "replaces"},
  ],
  "recipients": [
    "Như Điều 3",
    "Ban Bí thư Trung ương Đảng",
    "Thủ tướng, các Phó Thủ tướng Chính phủ",
    "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    "UBND các tỉnh, thành phố trực thuộc trung ương",
    "Văn phòng Trung ương và các Ban của Đảng",
    "Văn phòng Tổng Bí thư",
    "Văn phòng Chủ tịch nước",
    "Hội đồng Dân tộc và các Ủy ban của Quốc hội",
    "Văn phòng Quốc hội",
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Cơ quan trung ương của các tổ chức chính trị - xã hội",
    "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, Công báo",
    "Lưu: VT, KSTT (2)",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
# Điều 1 III: (body path, line, category, own deadline or None, ambiguous) in order; PHỤ LỤC II repeats them row for row.
ONG = lambda t: D("ongoing", t)
Y = lambda t, due=None: D("recurring", t, due, "year")
BODY = [
  ("III.1.1", 236, BH), ("III.1.2", 238, BH), ("III.1.3", 240, BH), ("III.1.4", 241, BH), ("III.1.5", 247, BH),
  ("III.1.6", 250, BH), ("III.1.7", 253, BH), ("III.1.8", 255, BH), ("III.1.9", 258, BH), ("III.1.10", 260, BH),
  ("III.1.11", 262, BH), ("III.1.12", 264, BH), ("III.1.13", 268, BH), ("III.1.14", 271, BM),
  ("III.2.1", 274, K), ("III.2.2", 277, K), ("III.2.3", 282, BH), ("III.2.4", 287, BH),
  ("III.3.a.1.1", 297, K), ("III.3.a.1.2", 300, K), ("III.3.a.1.3", 302, K), ("III.3.a.1.4", 305, K),
  ("III.3.a.2.1", 311, K), ("III.3.a.2.2", 315, K), ("III.3.a.2.3", 319, K), ("III.3.a.2.4", 322, K), ("III.3.a.2.5", 323, K),
  ("III.3.a.3.1", 328, K), ("III.3.a.3.2", 331, K), ("III.3.a.3.3", 333, K), ("III.3.a.3.4", 336, K),
  ("III.3.a.3.5", 341, K), ("III.3.a.3.6", 345, K), ("III.3.a.3.7", 347, K), ("III.3.a.3.8", 349, K),
  ("III.3.a.3.9", 351, K), ("III.3.a.3.10", 353, K), ("III.3.a.3.11", 354, K), ("III.3.a.3.12", 355, K),
  ("III.3.a.3.13", 356, K), ("III.3.a.3.14", 358, K), ("III.3.a.3.15", 361, K), ("III.3.a.3.16", 364, K),
  ("III.3.a.4", 366, K),
  ("III.3.b.1", 371, K), ("III.3.b.2", 373, K), ("III.3.b.3", 375, K), ("III.3.b.4", 378, K), ("III.3.b.5", 380, K),
  ("III.3.b.6", 384, K),
  ("III.4.1", 387, K), ("III.4.2", 391, K), ("III.4.3", 397, K), ("III.4.4", 402, K), ("III.4.5", 407, K),
  ("III.4.6", 411, K), ("III.4.7", 413, K),
  ("III.5.1", 417, BH), ("III.5.2", 422, BH), ("III.5.3", 427, K), ("III.5.4", 431, KT),
  ("III.6.1", 437, TT), ("III.6.2", 440, BM), ("III.6.3", 443, BM), ("III.6.4", 447, BM), ("III.6.5", 451, BM),
  ("III.6.6", 454, BM), ("III.6.7", 459, BM),
  ("III.7.1", 463, K), ("III.7.2", 470, K), ("III.7.3", 475, KT),
  ("III.8.1", 480, K), ("III.8.2", 486, K),
  ("III.9.1", 491, KT), ("III.9.2", 496, KT),
]
BODY_DL = {
  "III.6.3": (ONG("thường xuyên"), True),
  "III.6.6": (Y("hàng năm"), None),
  "III.7.3": (ONG("thường xuyên"), None),
  "III.8.1": (D("period", "năm 2025", "2025-12-31"), True),
}
tasks = []
for path, ln, cat in BODY:
    dl, amb = BODY_DL.get(path, (None, None))
    tasks.append(T(path, A(ln, path=path), [], [], dl, cat, amb=amb))
# Điều 1 IV TỔ CHỨC THỰC HIỆN
KHCN = ["Bộ Khoa học và Công nghệ"]
BND = ["Các bộ, ngành, địa phương"]
tasks += [
  T("IV.1.1", A(503), KHCN, [], None, BC),
  T("IV.1.2", A(505), KHCN, [], Y("định kỳ hằng năm"), KT),
  T("IV.1.3", A(508), KHCN, [], D("recurring", "Định kỳ hằng quý, hằng năm", None, "quarter"), KT, amb=True),
  T("IV.2.1", A(514), BND, [], None, K),
  T("IV.2.2", A(516), BND, [], D("date", "trước ngày 31 tháng 12 năm 2025", "2025-12-31"), BH),
  T("IV.2.3", A(519), BND, [], None, K),
  T("IV.2.4", A(522), BND, [], None, K),
  T("IV.2.5", A(528), BND, [], None, K),
  T("IV.2.6", A(532), BND, [], None, K),
  T("IV.2.7", A(535), BND, [], None, K),
  T("IV.2.8", A(543), BND, [], None, K),
  T("IV.3", A(550), ["Đài Truyền hình Việt Nam"], ["các bộ, ngành, địa phương"], None, TT),
  T("IV.4", A(554), ["Các doanh nghiệp công nghệ số"], [], None, K),
  T("IV.5", A(557), ["Các bộ, ngành, địa phương", "Bộ Khoa học và Công nghệ"], [],
    Y("định kỳ hằng năm … trước ngày 15 tháng 12", "2025-12-15"), BC, amb=True),
]
# Điều 2–3: not tasks. PHỤ LỤC I (DANH MỤC CÁC CHỈ TIÊU CỤ THỂ): indicators, not tasks.
# PHỤ LỤC II: DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM (rows numbered within each roman group; III runs 1–32
# across its sub-groups III.1.1–III.2, which are group rows).
ENT = re.compile(r'^(Bộ\b|Văn phòng|Ban |Các |các |Trung tâm|Đài )')
def owners(cell):
    cell = ' '.join(cell.split())
    if cell.startswith("Bộ Công an, Bộ Khoa học và Công nghệ với"):
        return ["Bộ Công an", "Bộ Khoa học và Công nghệ", "các bộ, ngành"]
    out = []
    for part in cell.split(';'):
        part = part.strip().replace(' và các ', ', các ')
        for seg in part.split(', '):
            seg = seg.strip()
            if out and not ENT.match(seg) and not new_part:
                out[-1] += ', ' + seg
            else:
                out.append(seg)
            new_part = False
        new_part = True
    return out
new_part = True
def deadline(cell):
    c = ' '.join(cell.split())
    m = re.fullmatch(r'Tháng (\d+)/(\d{4})', c)
    if m:
        import calendar
        mo, y = int(m.group(1)), int(m.group(2))
        return D("date", c, f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"), None
    m = re.fullmatch(r'Năm (\d{4})(?:-(\d{4}))?', c)
    if m:
        y = m.group(2) or m.group(1)
        return D("period", c, f"{y}-12-31"), None
    return None, True   # "Bắt đầu triển khai từ năm 2026": a start, no due date
# parse the table
rows, cur, cell, cstart, prev = [], [], [], None, False
for i in range(959 - 1, 2366):
    l = LINES[i]
    if l.strip() == '|':
        if cell:
            cur.append((cstart, i + 1, ' '.join(x.strip() for x in cell))); cell = []
        if prev and cur:
            rows.append(cur); cur = []
        prev = True
    elif l.strip():
        if not cell:
            cstart = i + 1
        cell.append(l); prev = False
if cell:
    cur.append((cstart, 2366, ' '.join(x.strip() for x in cell)))
if cur:
    rows.append(cur)
group, k = None, 0
for r in rows:
    first = r[0][2].strip('*')
    if len(r) < 6:
        if re.fullmatch(r'[IVX]+', first):
            group = first
        continue
    num, text, lead, supp, _res, when = r[:6]
    path = f"PL2.{group}.{num[2]}"
    bpath, _ln, cat = BODY[k]; k += 1
    dl, amb = deadline(when[2])
    tasks.append(T(path, A(text[0], text[1], path=path), owners(lead[2]), owners(supp[2]), dl, cat, amb=amb))
assert k == len(BODY), (k, len(BODY))
write(SRC, doc, tasks, shared=tuple(SHARED))
