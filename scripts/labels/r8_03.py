"""Blind labels for realdocs8 03: the Lào Cai provincial Party committee's Chương trình hành động carrying out Kết luận
75-KL/TW and Chương trình hành động 31-CTr/TW (environment and climate change; August 2026; number and day lost in
the text layer): I purpose; II targets; III tasks (III.1-2 point to Phụ lục 2; III.3 nine headings over bullets, each
block closed by a "Trách nhiệm chỉ đạo thực hiện: …" responsibility line); IV six Party owner items; Phụ lục 1
targets; Phụ lục 2 a task table flattened cell by cell. pdftotext text with the converter's three "#" lines, from
Trangsct/skill-sct. Annotator annot10; see NOTES.md (realdocs8)."""
from labelkit import T, D, read_lines
from r8kit import A as _A, R, write
SRC = "03_chuongtrinh-104-CTr-TU-TinhUyLaoCai-2026-thuc-hien-KL75-moi-truong.txt"
LINES = read_lines(SRC)
def L(start, after=0):
    """1-based number of the first line after line `after` that starts with `start`."""
    for i in range(after, len(LINES)):
        if LINES[i].lstrip('\f').startswith(start):
            return i + 1
    raise ValueError(start)
import re
TEXT = "\n".join(LINES).lower()
def A(ln, after=None):
    """r8kit's anchor; for a line justified with double spaces (no single-spaced window exists), a raw window of 6-9
    tokens copied with its spacing, occurring once in the file."""
    try:
        return _A(SRC, ln, after)
    except ValueError:
        line = LINES[ln - 1]
        toks = list(re.finditer(r"\S+", line))
        for size in (8, 9, 7, 6):
            for i in range(0, len(toks) - size + 1):
                cand = line[toks[i].start():toks[i + size - 1].end()]
                if TEXT.count(cand.lower()) == 1:
                    return cand
        raise
doc = {
  "kind": "Other", "number": None, "issuer": "Tỉnh ủy Lào Cai", "place": "Lào Cai", "issuedOn": None,
  "title": "thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương Đảng khóa XIV và Chương trình hành động số 31-CTr/TW ngày 28/7/2026 của Bộ Chính trị về bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu trong thời kỳ mới",
  "signer": {"name": "Hoàng Giang", "position": "Phó Bí thư Thường trực", "capacity": "T/M Tỉnh ủy"},
  "references": [
    R("KetLuan", "75-KL/TW", "2026-07-28", "Ban Chấp hành Trung ương Đảng", "implements"),
    R("Other", "31-CTr/TW", "2026-07-28", "Bộ Chính trị", "implements"),
  ],
  "recipients": ["Ban Bí thư Trung ương Đảng (để b/c)", "Văn phòng Trung ương Đảng", "Bộ Nông nghiệp và Môi trường",
                 "Các đồng chí Ủy viên BCH Đảng bộ tỉnh", "Các Đảng ủy trực thuộc Tỉnh ủy",
                 "Các cơ quan tham mưu, giúp việc Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Lãnh đạo Văn phòng Tỉnh ủy",
                 "Chuyên viên Phòng TH-VPTU", "Lưu Văn phòng Tỉnh ủy"],
}
K, KT, BH, TM, TT, BC, BM, PT = ("Khac", "KiemTraGiamSat", "BanHanhVanBan", "ThamMuu", "TuyenTruyen", "BaoCao",
                                 "ToChucBoMay", "ToChucPhongTrao")
ON = lambda txt="thường xuyên": D("ongoing", txt)
P = lambda txt, due, amb=None: D("period", txt, due)
DU = "Đảng ủy Ủy ban nhân dân tỉnh"
CU = "các cấp ủy, tổ chức đảng"
MT = "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh"
# III.3: each heading's bullets take the leads of the "Trách nhiệm chỉ đạo thực hiện:" line closing the block.
R31, R32, R34, R35 = [MT, DU, CU], [DU], ["Các cấp ủy, tổ chức đảng", DU], ["Các cấp ủy, tổ chức đảng"]
def block(head, leads, cats, ons=()):
    start = L(head)
    out, ln = [], start
    for k, cat in enumerate(cats, 1):
        ln = L("-", ln)
        path = "III." + head.rstrip('.') + f".{k}"
        out.append(T(path, A(ln), leads, [], ON("Thường xuyên") if k in ons else None, cat, amb=True if k in ons else None))
    return out
tasks = []
# II MỤC TIÊU VÀ CHỈ TIÊU: targets, no tasks. III.1, III.2: pointers to Phụ lục 2, no tasks.
tasks += block("3.1.", R31, [TT, K, TT, PT])
tasks += block("3.2.", R32, [BH, BM, KT, BM], ons=(1,))
tasks += block("3.3.", R32, [K, BH, K, K], ons=(2,))
tasks += block("3.4.", R34, [KT, KT, KT, KT, K, K, K, KT, K])
tasks += block("3.5.", R35, [K, K, K])
tasks += block("3.6.", R34, [BH, K, K, K, BM, K])
tasks += block("3.7.", R34, [K, K, K, KT])
tasks += block("3.8.", R32, [K, K, BM])
tasks += block("3.9.", R32, [K, K])
# 3.3.2 "Thường xuyên nghiên cứu, xây dựng, ban hành cơ chế …" and 3.2.1 "Thường xuyên rà soát …" -> ongoing;
# 3.6.1 "Định kỳ cập nhật kịch bản … Thường xuyên rà soát …" has no rhythm for its first verb -> null.
iv = L("IV. TỔ CHỨC THỰC HIỆN")
def sub(head, leads, cats, ons=()):
    start = L(head, iv)
    out, ln = [], start
    for k, cat in enumerate(cats, 1):
        ln = L("-", ln)
        out.append(T(f"IV.{head[0]}.{k}", A(ln), leads, [], ON("Thường xuyên") if k in ons else None, cat))
    return out
tasks += sub("1. Các cấp ủy", ["Các cấp ủy, tổ chức đảng"], [TT, KT, K, PT])
tasks += sub("2. Đảng ủy Ủy ban", [DU], [BH, KT], ons=(2,))
tasks += sub("3. Đảng uỷ Hội đồng", ["Đảng uỷ Hội đồng nhân dân tỉnh"], [BH, KT])
tasks += sub("4. Đảng ủy Mặt trận", ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"], [PT, KT])
tasks.append(T("IV.5", A(L("5. Ban Tuyên giáo", iv), "Tỉnh ủy"), ["Ban Tuyên giáo Tỉnh ủy"], ["các cơ quan liên quan"], None, TT))
tasks.append(T("IV.6", A(L("6. Ủy ban Kiểm tra", iv), "Tỉnh ủy"), ["Ủy ban Kiểm tra Tỉnh ủy"], [], ON(), KT))
# Phụ lục 1: targets, no tasks. Phụ lục 2: rows numbered 1-3 under I and 1-24 under II (-> PL2.I.n, PL2.II.n); the
# "Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc" column names persons who oversee, no support. Times read in the
# order the flattened cells give them where several rows share one block (ambiguous).
pl2 = L("PHỤ LỤC 2")
DUU = "Đảng ủy Ủy ban nhân dân tỉnh"
Y30, Y27 = "2030-12-31", "2027-12-31"
rows = [
  ("PL2.I.1", "Tổ  chức  nghiên", ["Các cấp ủy, tổ chức đảng"], D("date", "Trước ngày 15/10/2026", "2026-10-15"), TT, None),
  ("PL2.I.2", "Xây dựng, ban hành Kế hoạch", [DUU], D("date", "Trước ngày 15/10/2026", "2026-10-15"), BH, None),
  ("PL2.I.3", "Rà soát, hoàn thành", [DUU], D("date", "Trước 31/12/2026", "2026-12-31"), K, None),
  ("PL2.II.1", "Rà  soát,  hoàn  thiện", [DUU], P("2026 - 2030", Y30), BH, True),
  ("PL2.II.2", "Xây  dựng  Kế  hoạch", [DUU], P("2029 - 2030", Y30), BH, True),
  ("PL2.II.3", "Xây dựng Kế hoạch quản lý tổng hợp", [DUU], P("2026 - 2027", Y27), BH, True),
  ("PL2.II.4", "Xây dựng Kế hoạch bảo tồn", [DUU], P("2030", Y30), BH, True),
  ("PL2.II.5", "Xây dựng Kế hoạch quản lý tài nguyên", [DUU], P("2026 - 2027", Y27), BH, True),
  ("PL2.II.6", "Xây dựng Quy hoạch bảo vệ", [DUU], P("2029 - 2030", Y30), BH, None),
  ("PL2.II.7", "Xây dựng Quy hoạch bảo tồn", [DUU], P("2029 - 2030", Y30), BH, None),
  ("PL2.II.8", "Rà soát, hoàn thiện cơ chế, chính sách quản lý", ["Đảng ủy Hội đồng nhân dân tỉnh", "Đảng uỷ Ủy ban nhân dân tỉnh"], P("2026 - 2027", Y27), BH, None),
  ("PL2.II.9", "Rà soát, hoàn thiện cơ chế, chính sách ưu đãi", ["Đảng ủy Hội đồng nhân dân tỉnh", "Đảng uỷ Ủy ban nhân dân tỉnh"], P("2027 - 2030", Y30), BH, None),
  ("PL2.II.10", "Huy động, phân bổ", [DUU], P("2026 - 2030", Y30), K, None),
  ("PL2.II.11", "Triển khai các nhiệm vụ", [DUU], P("2026 – 2030", Y30), K, None),
  ("PL2.II.12", "Đầu  tư  phát  triển  hạ  tầng", [DUU], P("2026 - 2030", Y30), K, True),
  ("PL2.II.13", "Đóng cửa 43", [DUU], P("2026 - 2030", Y30), K, True),
  ("PL2.II.14", "Quản lý hiệu quả", [DUU], P("2026 - 2030", Y30), K, True),
  ("PL2.II.15", "Chương  trình  phục  hồi", [DUU], P("2027 - 2030", Y30), K, True),
  ("PL2.II.16", "16 Xây dựng Kịch bản", [DUU], P("2028 - 2030", Y30), BH, True),
  ("PL2.II.17", "Xây dựng Kế hoạch thích ứng", [DUU], P("2029 - 2030", Y30), BH, True),
  ("PL2.II.18", "Triển  khai  chương  trình", [DUU], P("2026 - 2030", Y30), K, None),
  ("PL2.II.19", "Triển khai Chương trình hành động chuyển đổi", [DUU], P("2026 - 2030", Y30), K, None),
  ("PL2.II.20", "Đầu  tư  phát  triển  khu", [DUU], P("2026 - 2030", Y30), K, True),
  ("PL2.II.21", "Xây dựng Sa Pa", [DUU], P("2030", Y30), K, True),
  ("PL2.II.22", "Xây dựng, cập nhật, vận hành", [DUU], P("2026 - 2030", Y30), K, True),
  ("PL2.II.23", "Xây dựng, cập nhật cơ sở", [DUU], P("2026 - 2030", Y30), K, True),
  ("PL2.II.24", "Xây  dựng  chương  trình", [DUU], P("2026-2030", Y30), BH, None),
]
last = pl2
for path, start, leads, dl, cat, amb in rows:
    ln = L(start, last)
    last = ln
    anc = A(ln, "16 ") if start.startswith("16 ") else A(ln)
    tasks.append(T(path, anc, leads, [], dl, cat, amb=amb))
write(SRC, doc, tasks)
