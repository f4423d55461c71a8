"""Blind labels for realdocs9 03: Quyết định 1775/QĐ-TTg of the Prime Minister (21/11/2012) approving the Đề án quản lý
phát thải khí gây hiệu ứng nhà kính; quản lý các hoạt động kinh doanh tín chỉ các-bon ra thị trường thế giới. Điều 1
approves the scheme "với những nội dung sau:" (I views/targets/scope, II contents, III solutions, IV phases and funding,
V organisation); Điều 2 effect and execution; then a 23-row task table "DANH MỤC CÁC NHIỆM VỤ, DỰ ÁN CHUYÊN MÔN" (TT,
task, time, lead, support). HTML-to-Markdown text (header and signature as tables), from Trangsct/skill-sct.
Annotator annot11; see NOTES.md (realdocs9)."""
from labelkit import T, D
from r9kit import R, L as _L, A1, write
SRC = "03_quyetdinh-kehoach-1775-QD-TTg-ThuTuong-2012-quan-ly-phat-thai-khi-nha-kinh-tin-chi-cac-bon.txt"
_last = [1]
shared = []
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
def AN(path, sub, after=None):
    a, dup = A1(SRC, L(sub), shared, {t["anchor"].lower() for t in tasks}, after)
    if dup:
        shared.append(path)
    return a
doc = {
  "kind": "KeHoach", "number": "1775/QĐ-TTg", "issuer": "Thủ tướng Chính phủ", "place": "Hà Nội",
  "issuedOn": "2012-11-21",
  "title": "QUẢN LÝ PHÁT THẢI KHÍ GÂY HIỆU ỨNG NHÀ KÍNH; QUẢN LÝ CÁC HOẠT ĐỘNG KINH DOANH TÍN CHỈ CÁC-BON RA THỊ TRƯỜNG THẾ GIỚI",
  "signer": {"name": "Nguyễn Tấn Dũng", "position": "Thủ tướng", "capacity": None},
  "references": [],
  "recipients": ["Thủ tướng, các Phó Thủ tướng Chính phủ", "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP",
                 "VP BCĐ TW về phòng, chống tham nhũng", "HĐND, UBND các tỉnh, TP trực thuộc TW",
                 "Văn phòng Trung ương Đảng", "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước", "Kiểm toán Nhà nước",
                 "Ngân hàng Chính sách xã hội", "Ngân hàng Phát triển Việt Nam", "Cơ quan Trung ương của các đoàn thể",
                 "VPCP: BTCN; các PCN, Trợ lý TTCP, cổng TTĐT, các Vụ: TH, KTTH, ĐP, KGVX, TKBT",
                 "Lưu: Văn thư, KTN (3b)."],
}
K, BH, TT, BM, KT, BC, TM = "Khac", "BanHanhVanBan", "TuyenTruyen", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ThamMuu"
P = lambda txt, y: D("period", txt, f"{y}-12-31")
tasks = []
skipped = []
def add(path, sub, cat, lead=(), sup=(), dl=None, amb=None, mode=None, after=None):
    try:
        a = AN(path, sub, after)
    except LookupError:  # too short for the kit's 6-token anchors: left out (NOTES realdocs9, label 11's precedent)
        skipped.append(path)
        return
    tasks.append(T(path, a, list(lead), list(sup), dl, cat, mode=mode, amb=amb))
# I QUAN ĐIỂM, MỤC TIÊU VÀ PHẠM VI: views, targets, scope -> no tasks.
# II CÁC NỘI DUNG CHÍNH: no owners anywhere in II-IV -> lead [], mode null.
add("II.1.a.1", "- Xây dựng hệ thống kiểm kê khí nhà kính cấp quốc gia với", BH)
add("II.1.a.2", "- Thực hiện kiểm kê quốc gia khí nhà kính cho năm cơ sở", K)
# "đến năm 2020" is the scenario's horizon, not a time limit -> null, ambiguous.
add("II.1.a.3", "- Xây dựng kịch bản phát thải cơ sở đến năm 2020", K, amb=True)
add("II.1.a.4", "- Xây dựng kế hoạch thực hiện kiểm kê quốc gia", BH)
# II.1.b: "Thực hiện mục tiêu … đến năm 2020": four sector bullets, each a target line ("Mục tiêu … : 8%", no task) and
# "Hoạt động, biện pháp …:" over "+" measures -> the measures are the tasks, II.1.b.<sector>.<n>; the heading's "đến năm
# 2020" is passed down, marked ambiguous.
B = lambda: P("đến năm 2020", 2020)
sect = [
  ["+ Tăng cường hiệu quả sử dụng và tiết kiệm năng lượng; bảo tồn", "+ Phát triển năng lượng tái tạo;",
   "+ Chuyển đổi sử dụng nhiên liệu hóa thạch trong sản xuất điện;", "+ Sử dụng khí đồng hành trong khai thác dầu;",
   "+ Phát triển giao thông công cộng;", "+ Sử dụng khí hóa lỏng thay thế xăng",
   "+ Sản xuất vật liệu xây dựng, hạ tầng kỹ thuật đô thị."],
  ["+ Ứng dụng các biện pháp canh tác lúa tiên tiến", "+ Ứng dụng các biện pháp kỹ thuật nâng cao hiệu quả sử dụng phân đạm",
   "+ Ứng dụng các giải pháp tiết kiệm năng lượng, nhiên liệu trong làm đất", "+ Thu gom, tái chế, tái sử dụng các phụ phẩm",
   "+ Thay đổi khẩu phần thức ăn trong chăn nuôi gia súc, gia cầm. Cung cấp", "+ Ứng dụng quy trình Thực hành sản xuất",
   "+ Sử dụng kháng sinh từ vi khuẩn", "+ Phát triển công nghệ khí sinh học và hệ thống thu gom"],
  ["+ Bảo vệ rừng;", "+ Trồng rừng, tái trồng rừng;", "+ Đẩy mạnh phục hồi rừng, tái sinh tự nhiên;",
   "+ Giảm phát thải khí nhà kính thông qua nỗ lực hạn chế mất rừng và suy thoái rừng, quản lý bền vững tài nguyên rừng, bảo tồn và nâng cao trữ lượng các-bon rừng (REDD+)."],
  ["+ Thu hồi và sử dụng khí mê-tan", "+ Xử lý nước thải công nghiệp."],
]
for si, items in enumerate(sect, 1):
    for ii, sub in enumerate(items, 1):
        add(f"II.1.b.{si}.{ii}", sub, K, dl=B(), amb=True)
add("II.1.c.1", "- Xác định, phân loại lĩnh vực, đánh giá các công nghệ", K)
add("II.1.c.2", "- Xác định các rào cản trong phổ biến", K)
add("II.1.c.3", "- Xây dựng kế hoạch hành động công nghệ", BH)
# II.1.d: one task; its "Các hoạt động NAMA … tập trung vào những nội dung ưu tiên sau đây:" sector lists say what the
# programme to be built must cover (the future programme's content) -> part of d's text, not tasks.
add("II.1.d", "d) Xây dựng khung chương trình các hành động giảm nhẹ", BH)
add("II.1.đ", "đ) Thiết lập hệ thống đo đạc, báo cáo, thẩm tra", K)
add("II.1.e", "Thực hiện công tác thông tin, tuyên truyền, phổ biến, giáo dục", TT)
add("II.2.a", "Tiếp tục rà soát, bổ sung và hoàn thiện hệ thống văn bản", BH)
add("II.2.b.1", "+ Rà soát, bổ sung hệ thống văn bản quy phạm pháp luật làm cơ sở", BH)
add("II.2.b.2", "+ Xây dựng chính sách nhằm tạo điều kiện cho các địa phương", BH)
add("II.2.b.3", "+ Xây dựng các quy định và hướng dẫn về quản lý, giám sát", BH)
add("II.2.c", "Tổ chức hoạt động phổ biến, tuyên truyền nâng cao nhận thức", TT)
# III GIẢI PHÁP THỰC HIỆN.
add("III.1", "Rà soát, điều chỉnh, bổ sung và hoàn thiện hệ thống văn bản", BH)
add("III.2.1", "- Huy động các nguồn lực tài chính của các cơ quan", K)
add("III.2.2", "- Nâng cấp cơ sở vật chất, trang thiết bị kỹ thuật", K)
# "Giao các Bộ, cơ quan Trung ương và địa phương …": one group (two levels through "và"); "dự toán ngân sách nhà nước
# hàng năm" qualifies the budget -> null, ambiguous.
add("III.2.3", "- Giao các Bộ, cơ quan Trung ương và địa phương xây dựng", K,
    lead=["các Bộ, cơ quan Trung ương và địa phương"], amb=True)
add("III.3.1", "- Khảo sát, đánh giá thực trạng nguồn nhân lực", K)
add("III.3.2", "- Nâng cao kiến thức quản lý nhà nước cho các nhà hoạch định", BM)
add("III.3.3", "- Tập huấn, đào tạo, bồi dưỡng kiến thức cho các cơ quan", BM)
add("III.4.1", "- Thực hiện đa dạng hóa, tiếp cận theo nhiều cách thức", TT)
add("III.4.2", "- Tăng cường sự chỉ đạo, phối hợp giữa cơ quan quản lý nhà nước", TT)
add("III.5", "Ứng dụng và phát triển công nghệ giảm phát thải khí nhà kính trên", K)
add("III.6", "Nâng cao năng lực kiểm tra, giám sát của các cơ quan", KT)
add("III.7.1", "- Thu hút đầu tư, hỗ trợ tài chính, chuyển giao công nghệ", K)
add("III.7.2", "- Học tập và trao đổi kinh nghiệm với các nước tiên tiến", K)
# IV.1 Tiến độ: two phases; their bullets (and the "+" items under "Ưu tiên triển khai các hoạt động sau:" / "Tiếp tục
# triển khai …, bao gồm:") are tasks with the phase's period, marked ambiguous (label 01_552's roadmap convention).
P15 = lambda: P("Giai đoạn 2012 - 2015", 2015)
P20 = lambda: P("Giai đoạn 2016 - 2020", 2020)
add("IV.1.a.1", "- Thành lập Ban chỉ đạo thực hiện Đề án", BM, dl=P15(), amb=True)
a2 = [("+ Tuyên truyền, giáo dục ý thức, trách nhiệm thực hiện giảm", TT),
      ("+ Thiết lập hệ thống kiểm kê khí nhà kính cấp quốc gia;", K),
      ("+ Xây dựng cơ sở dữ liệu về kiểm kê quốc gia", K),
      ("+ Xây dựng kịch bản phát thải cơ sở đến năm 2020 cho", K),
      ("+ Nghiên cứu, phát triển, phổ biến và áp dụng các công nghệ", K),
      ("+ Xây dựng khung chương trình NAMA của Việt Nam. Nghiên cứu", BH),
      ("+ Xây dựng hệ thống MRV cấp quốc gia, cấp ngành liên quan cho NAMA;", K),
      ("+ Tuyên truyền, nâng cao nhận thức cho các địa phương", TT),
      ("+ Rà soát, đánh giá và hoàn thiện hệ thống pháp lý", BH),
      ("+ Xây dựng cơ chế, chính sách tài chính để hình thành", BH),
      ("+ Nâng cao năng lực của các nhà hoạch định chính sách", BM),
      ("+ Xây dựng cơ sở dữ liệu phục vụ công tác quản lý kinh doanh", K),
      ("+ Xây dựng quy định quản lý các chương trình, dự án kinh doanh", BH)]
for i, (sub, c) in enumerate(a2, 1):
    add(f"IV.1.a.2.{i}", sub, c, dl=P15(), amb=True)
b1 = [("+ Nâng cao nhận thức, trách nhiệm, tăng cường năng lực thực hiện", TT),
      ("+ Tăng cường năng lực tổ chức, thể chế, chính sách về quản lý", BM),
      ("+ Thực hiện một số mục tiêu giảm phát thải và tăng khả năng hấp thụ khí nhà kính cụ thể trong", K),
      ("+ Kiểm kê khí nhà kính định kỳ;", K),
      ("+ Xây dựng và áp dụng hệ thống tiêu chuẩn, chỉ tiêu", BH),
      ("+ Đăng ký và triển khai rộng các NAMA", K),
      ("+ Xây dựng báo cáo định kỳ về phát thải", BC),
      ("+ Tăng cường công tác quản lý các hoạt động kinh doanh tín chỉ các-bon ra thị trường thế giới phù hợp với bối", K)]
for i, (sub, c) in enumerate(b1, 1):
    add(f"IV.1.b.1.{i}", sub, c, dl=P20(), amb=True)
add("IV.1.b.2", "- Tổng kết đánh giá hiệu quả thực hiện Đề án.", BC, dl=P20(), amb=True)
add("IV.1.b.3", "- Báo cáo Thủ tướng Chính phủ về kết quả thực hiện Đề án", BC, dl=P20(), amb=True)
# IV.2 Kinh phí: funding statements -> no tasks.
# V TỔ CHỨC THỰC HIỆN ĐỀ ÁN.
TN = "Bộ Tài nguyên và Môi trường"
LQ = "các Bộ, ngành liên quan"
# V.1 has its own actions and two "-" bullets: both the item and its bullets are tasks (NOTES label 01 II.4.c
# convention); the bullets take the item's subject.
add("V.1", "1. Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các Bộ, ngành có", KT, lead=[TN],
    sup=["các Bộ, ngành có liên quan"])
add("V.1.1", "- Ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền", BH, lead=[TN])
add("V.1.2", "- Theo dõi, giám sát việc thực hiện mục tiêu, chỉ tiêu", KT, lead=[TN])
# V.2 "X chỉ đạo và hướng dẫn Y tuyên truyền …": Y does the work -> both lead (realdocs6 convention).
add("V.2", "2. Bộ Thông tin và Truyền thông chỉ đạo và hướng dẫn", TT,
    lead=["Bộ Thông tin và Truyền thông", "các cơ quan thông tấn báo chí"])
add("V.3", "3. Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các Bộ, ngành và địa phương", K,
    lead=["Bộ Kế hoạch và Đầu tư"], sup=["các Bộ, ngành và địa phương", "các Bộ, ngành, địa phương"])
add("V.4", "4. Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp", BH,
    lead=["Bộ Nông nghiệp và Phát triển nông thôn"], sup=[LQ])
add("V.5", "5. Bộ Công Thương, Bộ Giao thông vận tải, Bộ Xây dựng có trách nhiệm", K,
    lead=["Bộ Công Thương", "Bộ Giao thông vận tải", "Bộ Xây dựng"], amb=True)
add("V.6", "6. Bộ Tài chính chủ trì, phối hợp với các Bộ, ngành liên quan tổng hợp", TM, lead=["Bộ Tài chính"], sup=[LQ])
add("V.7", "7. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương phối hợp", KT,
    lead=["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], sup=[LQ])
# After 7: "Các cơ quan, tổ chức, doanh nghiệp thực hiện các quy định của Nhà nước …" asks compliance, nothing to report
# -> no task (alternative: a task led by the group). "Trong quá trình xây dựng …, các Bộ, ngành và địa phương thực hiện
# việc rà soát …" has its own subject and work -> a task at the items' level, "V.8" (r5-01 "10" convention).
add("V.8", "Trong quá trình xây dựng các nhiệm vụ, dự án cụ thể", K, lead=["các Bộ, ngành và địa phương"])
# Điều 2: effect and execution clauses -> no tasks.
# DANH MỤC: 23 rows, PL1.<TT>; cells split at commas and at "và" between bodies of different kinds; "UBND" and "TW"
# expanded.
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
CL = "Các Bộ, ngành liên quan"
rows = [
  (1, "Tuyên truyền, giáo dục nâng cao ý thức, trách nhiệm thực hiện giảm phát thải khí nhà kính, kinh doanh", "2012-2020", [TN], ["Bộ Thông tin và Truyền thông", "các Bộ, ngành liên quan", UBT], TT),
  (2, "| 2 | Thiết lập hệ thống kiểm kê", "2012-2014", [TN], [CL], K),
  (3, "| 3 | Nghiên cứu, xây dựng", "2012-2013", ["Bộ Công Thương"], ["Bộ Xây dựng"], K),
  (4, "| 4 | Nghiên cứu, xây dựng", "2012-2013", ["Bộ Giao thông vận tải"], [CL], K),
  (5, "| 5 | Nghiên cứu, xây dựng", "2012-2013", ["Bộ Nông nghiệp và Phát triển nông thôn"], [CL], K),
  (6, "| 6 | Nghiên cứu, xây dựng", "2012-2013", ["Bộ Xây dựng"], [CL], K),
  (7, "| 7 | Nghiên cứu, xây dựng các cơ chế", "2012-2015", [TN], [CL, UBT], BH),
  (8, "| 8 | Xây dựng khung chương trình NAMA", "2012-2015", [TN], [CL], BH),
  (9, "| 9 | Xây dựng hệ thống MRV", "2012-2015", [TN], [CL], K),
  (10, "| 10 | Rà soát, đánh giá", "2012-2014", [TN], ["Bộ Tài chính", "Bộ Tư pháp", "các Bộ, ngành liên quan"], BH),
  (11, "| 11 | Xây dựng cơ chế, chính sách tài chính", "2012-2014", ["Bộ Tài chính"],
   ["Ngân hàng Nhà nước Việt Nam", TN, "Bộ Công Thương", "Bộ Nông nghiệp và Phát triển nông thôn"], BH),
  (12, "| 12 | Nghiên cứu, xây dựng và ban hành", "2012-2013", ["Bộ Nông nghiệp và Phát triển nông thôn"], [TN, "các Bộ, ngành liên quan"], BH),
  (13, "| 13 | Nâng cao năng lực", "2012-2015", ["Bộ Nông nghiệp và Phát triển nông thôn"], ["Các Bộ, ngành, liên quan"], BM),
  (14, "| 14 | Nâng cao năng lực", "2012-2015", ["Bộ Công Thương"], [CL], BM),
  (15, "| 15 | Nâng cao năng lực", "2012-2015", ["Bộ Giao thông vận tải"], [CL], BM),
  (16, "| 16 | Nâng cao năng lực", "2012-2015", ["Bộ Xây dựng"], [CL], BM),
  (17, "| 17 | Xây dựng cơ sở dữ liệu", "2012-2015", [TN], ["Bộ Tài chính", "các Bộ, ngành liên quan"], K),
  (18, "| 18 | Tăng cường năng lực", "2016-2020", [TN], [CL, UBT], BM),
  (19, "| 19 | Kiểm kê khí nhà kính định kỳ", "2016-2020", [TN], [CL], K),
  (20, "| 20 | Xây dựng và áp dụng", "2016-2020", ["Bộ Công Thương"], [CL], BH),
  (21, "| 21 | Xây dựng hệ thống MRV", "2016-2020", [TN], [CL], K),
  (22, "| 22 | Chuẩn bị và xây dựng", "2012-2020", [TN], [CL], BC),
  (23, "| 23 | Kiểm tra, giám sát", "2012-2020", [TN], [CL], KT),
]
import re
from labelkit import read_lines
from r2kit import fold
_lines = read_lines(SRC)
_raw, _joined = '\n'.join(_lines).lower(), fold(' '.join(_lines))
def cell_anchor(n):
    """A window inside row n's task cell, unique on the lines and in the joined text, else unique on the lines only."""
    ln = L(f"| {n} | ")
    cell = _lines[ln - 1].split(" | ")[1]
    toks = cell.split()
    best = None
    for size in (9, 10, 11, 12, 8, 7, 6):
        for i in range(0, max(1, len(toks) - size + 1)):
            cand = ' '.join(toks[i:i + size])
            if len(cand.split()) < 6:
                continue
            if _raw.count(cand.lower()) != 1:
                best = best or cand
                continue
            if len(re.findall(r'(?<!\w)' + re.escape(fold(cand)) + r'(?!\w)', _joined)) == 1:
                return cand
            best = best or cand
    assert best, n
    shared.append(f"PL1.{n}")
    return best
for n, sub, t, lead, sup, c in rows:
    tasks.append(T(f"PL1.{n}", cell_anchor(n), list(lead), list(sup), P(t, t[-4:]), c))
write(SRC, doc, tasks, shared=shared)
print("shared:", shared, "skipped:", skipped)
