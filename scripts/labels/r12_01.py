"""Blind labels for realdocs12 01: Quyết định 419/QĐ-TTg of the Prime Minister (05/4/2017) approving the national REDD+
programme to 2030 (read as the plan it approves: kind KeHoach). Điều 1 holds the programme as numbered items: 1 views,
2 targets, 3 scope, 4 main contents (three lettered groups of ownerless "-" bullets), 5 solutions (a) "-" bullets,
b) funding sources, c)-đ) lettered items, e) two bullets, g) monitoring: a bullet with its own subject and a system
bullet over "+" items), 6 organisation (a) two bodies with their own subject, b) nine ministry headings over "+"
bullets, c) the provinces' duties, d) social organisations); Điều 2-3; then PHỤ LỤC: an activity table (TT / group /
activity / lead / support / output / funding / time) in three lettered groups of "-" sub-groups, "+" rows and, under
one intro row, "." sub-rows. HTML-to-Markdown text, from Trangsct/skill-sct. Annotator annot14; see NOTES.md
(realdocs12)."""
from labelkit import T, D, read_lines
from r12kit import A1, R, L as _L, CA, write
SRC = "01_quyetdinh-chuongtrinh-419-QD-TTg-2017-REDD-plus-giam-phat-thai-rung.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
TTG = "Thủ tướng Chính phủ"
COP = "Hội nghị các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu"
doc = {
  "kind": "KeHoach", "number": "419/QĐ-TTg", "issuer": "Thủ tướng Chính phủ", "place": "Hà Nội",
  "issuedOn": "2017-04-05",
  "title": "QUỐC GIA VỀ GIẢM PHÁT THẢI KHÍ NHÀ KÍNH THÔNG QUA HẠN CHẾ MẤT VÀ SUY THOÁI RỪNG; BẢO TỒN, NÂNG CAO TRỮ "
           "LƯỢNG CÁC - BON VÀ QUẢN LÝ BỀN VỮNG TÀI NGUYÊN RỪNG ĐẾN NĂM 2030",
  "signer": {"name": "Trịnh Đình Dũng", "position": "Phó Thủ tướng", "capacity": "KT. Thủ tướng"},
  "references": [
    R("NghiDinh", "99/2010/NĐ-CP", "2010-09-24", "Chính phủ", "basis"),
    R("NghiDinh", "147/2016/NĐ-CP", "2016-11-02", "Chính phủ", "basis"),
    R("QuyetDinh", "2139/QĐ-TTg", "2011-12-05", TTG, "basis"),
    R("QuyetDinh", "1393/QĐ-TTg", "2012-09-25", TTG, "basis"),
    # "Quyết định số 01/COP16; Quyết định số 9, 10, 11, 12, 13, 14, 15/COP19 của Hội nghị các bên …": eight decisions
    # of the UNFCCC conference, no dates (NOTES: alternative only 01/COP16 and 15/COP19, as written in full).
    R("QuyetDinh", "01/COP16", None, COP, "basis"),
  ] + [R("QuyetDinh", f"{k}/COP19", None, COP, "basis") for k in range(9, 16)] + [
    R("QuyetDinh", "2053/QĐ-TTg", "2016-10-28", TTG, "basis"),
    R("QuyetDinh", "58/QĐ-TTg", "2012-01-09", TTG),
    R("QuyetDinh", "799/QĐ-TTg", "2012-06-27", TTG, "replaces"),
    # Appendix row PL1.a.1.1's output cell: "theo Nghị quyết 134/2016/QH13 ngày 09 tháng 4 năm 2016 của Quốc hội".
    R("NghiQuyet", "134/2016/QH13", "2016-04-09", "Quốc hội"),
  ],
  "recipients": ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
                 "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính",
                 "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương", "Văn phòng Trung ương và các Ban của Đảng",
                 "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước", "Hội đồng dân tộc và các Ủy ban của Quốc hội",
                 "Văn phòng Quốc hội", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Kiểm toán Nhà nước",
                 "Cơ quan trung ương của các đoàn thể",
                 "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, Công báo", "Lưu: VT, NN (3).XH201"],
}
BH, TT, KT, BC, TM, BM, PT, K = ("BanHanhVanBan", "TuyenTruyen", "KiemTraGiamSat", "BaoCao", "ThamMuu", "ToChucBoMay",
                                  "ToChucPhongTrao", "Khac")
NN, TN, TC, KH = ("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tài nguyên và Môi trường", "Bộ Tài chính",
                  "Bộ Kế hoạch và Đầu tư")
CT, TTTT, TP, UBDT = "Bộ Công Thương", "Bộ Thông tin và Truyền thông", "Bộ Tư pháp", "Ủy ban Dân tộc"
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
YEARLY = lambda txt: D("recurring", txt, None, "year")
shared, used, tasks = set(), set(), []
lines = read_lines(SRC)

def item(path, ln, lead, sup, dl, cat, amb=None):
    a, sh = A1(SRC, ln, shared, used)
    if sh:
        shared.add(path)
    used.add(a.lower())
    tasks.append(T(path, a, lead, sup, dl, cat, amb=amb))

# --- 1 Quan điểm, 2 Mục tiêu, 3 Phạm vi, đối tượng và thời gian: no tasks.
# --- 4 Nội dung chủ yếu của Chương trình: three lettered groups of ownerless "-" bullets (the programme's contents;
# the appendix table details them) -> tasks, lead [], mode null.
four = {
  "a": ("a) Nhóm các hoạt động nhằm giảm mất rừng", [BH, K, K, KT]),
  "b": ("b) Nhóm hoạt động nhằm bảo tồn", [K, K, K]),
  "c": ("c) Hoàn thiện các yếu tố sẵn sàng", [K, BH, K, TT]),
}
start = L("4. Nội dung chủ yếu của Chương trình")
for g, (head, cats) in four.items():
    ln = L(head, start)
    for k, cat in enumerate(cats, 1):
        assert lines[ln + k - 1].startswith("- "), (g, k)
        # 4.a.1 "đảm bảo mục tiêu 16,24 triệu ha … vào năm 2020": the target's year bounds the review.
        dl = D("period", "vào năm 2020", "2020-12-31") if (g, k) == ("a", 1) else None
        item(f"4.{g}.{k}", ln + k, [], [], dl, cat, amb=True if dl else None)
    assert not lines[ln + len(cats)].startswith("- "), g
# "Nội dung chi tiết các hoạt động trên được thể hiện tại Phụ lục …" is a pointer: none.

# --- 5 Các giải pháp thực hiện.
ln = L("a) Tiếp tục bổ sung, hoàn thiện khung pháp lý")
for k, cat in enumerate([BH, BH, K, BH, BH], 1):
    assert lines[ln + k - 1].startswith("- ")
    item(f"5.a.{k}", ln + k, [], [], None, cat)
# b) Giải pháp về vốn: funding sources (domestic, international, other), no owner -> none.
item("5.c", L("c) Tiến hành điều tra, theo dõi diễn biến rừng"), [], [],
     D("recurring", "theo định kỳ"), K, amb=True)
item("5.d", L("d) Lồng ghép Chương trình REDD+"), [], [], None, K)
item("5.đ", L("đ) Áp dụng khoa học công nghệ tiên tiến"), [], [], None, K)
# e) a sentence heading over two bullets: the bullets are the tasks.
item("5.e.1", L("- Tích cực, chủ động liên kết với các tổ chức"), [], [], None, K)
item("5.e.2", L("- Tích cực chia sẻ kinh nghiệm và thông tin"), [], [], None, K)
# g) Giám sát và đánh giá.
item("5.g.1", L("- Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức"),
     [NN], ["các cơ quan, đơn vị liên quan"], YEARLY("hàng năm"), KT)
item("5.g.2.1", L("+ Đến cuối năm 2017, thiết lập hệ thống"), [], [],
     D("period", "Đến cuối năm 2017", "2017-12-31"), KT)
item("5.g.2.2", L("+ Giám sát và đánh giá kịp thời các chính sách"), [], [], None, KT)
item("5.g.2.3", L("+ Đảm bảo tính minh bạch, công khai"), [], [], None, K)
# "+ Hệ thống chỉ số, khung giám sát … thực hiện theo quy định của các cơ quan có thẩm quyền." states a rule: none.

# --- 6 Tổ chức thực hiện.
start = L("6. Tổ chức thực hiện")
item("6.a.1", L("- Ban Chỉ đạo Nhà nước về kế hoạch bảo vệ", start),
     ["Ban Chỉ đạo Nhà nước về kế hoạch bảo vệ và phát triển rừng"], [], None, K)
item("6.a.2", L("- Văn phòng REDD+ giúp việc", start), ["Văn phòng REDD+"], [], None, K)
MEMBER = "Thực hiện các nhiệm vụ của thành viên Ban"   # the same bullet under six ministries
heads = [
  (NN, "- Bộ Nông nghiệp và Phát triển nông thôn:", [
    ("Chủ trì, phối hợp với các bộ, ngành liên quan, Ủy ban nhân dân các tỉnh", ["các bộ, ngành liên quan", UBT],
     None, K),
    ("Xây dựng, kế hoạch thực hiện trung hạn và hàng năm", [], YEARLY("hàng năm"), BH, True),
    ("Thành lập, ban hành quy chế về tổ chức và hoạt động", [], None, BH),
    ("Chủ trì, phối hợp với các bộ, ngành có liên quan sửa đổi", ["các bộ, ngành có liên quan"], None, BH),
    ("Chủ trì thành lập một số bộ phận tư vấn", [], None, BM),
    ("Điều phối thực hiện Chương trình REDD+, hỗ trợ kỹ thuật", [], None, K),
    ("Hàng năm, phối hợp với Bộ Tài nguyên và Môi trường", [TN, "các bộ, ngành liên quan"], YEARLY("Hàng năm"), K),
    ("Chủ trì xây dựng và hướng dẫn áp dụng quy trình", [], None, KT),
    ("Huy động nguồn vốn quốc tế thực hiện", [], None, K),
    ("Tham mưu cho Thủ tướng Chính phủ phân công", [], None, TM),
    # the phase reviewed names the period, it does not bound the review (NOTES).
    ("Tổng kết đánh giá thực hiện chương trình giai đoạn", [], None, BC, True),
  ]),
  (TN, "- Bộ Tài nguyên và Môi trường:", [
    ("Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn tích hợp", [NN],
     D("recurring", "2 năm một lần"), BC, True),
    ("Phối hợp với Bộ Nông nghiệp và Phát triển nông thôn xây dựng, hoàn thiện", [NN], None, K),
    ("Chủ trì về quy hoạch và quản lý đất đai", [], None, K),
    ("Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn chỉ đạo, hướng dẫn", [NN], None, K),
    (MEMBER, [], None, K),
  ]),
  (TC, "- Bộ Tài chính:", [
    ("Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn xây dựng cơ chế quản lý", [NN], None, BH),
    ("Phối hợp với Bộ Kế hoạch và Đầu tư cân đối", [KH], None, K),
    ("Giám sát các bên liên quan thực hiện đúng", [], None, KT),
    (MEMBER, [], None, K),
  ]),
  (KH, "- Bộ Kế hoạch và Đầu tư:", [
    ("Chủ trì, phối hợp với Bộ Tài chính cân đối", [TC], None, K),
    ("Lồng ghép Chương trình REDD+ trong quá trình", [], None, K),
    ("Phối hợp với Bộ Nông nghiệp và Phát triển nông thôn, Bộ Tài chính xây dựng", [NN, TC], None, BH),
    ("Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn về đầu tư", [NN], None, K),
    (MEMBER, [], None, K),
  ]),
  (CT, "- Bộ Công Thương:", [
    ("Chỉ đạo và tổ chức rà soát quy hoạch hệ thống thủy điện", [], None, BH),
    ("Chỉ đạo thực hiện nghiêm quy định trồng rừng thay thế", [], None, K),
    (MEMBER, [], None, K),
  ]),
  (TTTT, "- Bộ Thông tin và Truyền thông:", [
    ("Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn, chỉ đạo", [NN], None, TT),
    (MEMBER, [], None, K),
  ]),
  (TP, "- Bộ Tư pháp:", [
    ("Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn tổ chức tuyên truyền", [NN], None, TT),
    (MEMBER, [], None, K),
  ]),
  (UBDT, "- Ủy ban Dân tộc:", [
    ("Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn tuyên truyền", [NN], None, TT),
    (MEMBER, [], None, K),
  ]),
]
ln = L("b) Trách nhiệm của các bộ, ngành liên quan", start)
for h, (owner, head, bullets) in enumerate(heads, 1):
    ln = L(head, ln)
    for k, (sub, sup, dl, cat, *amb) in enumerate(bullets, 1):
        assert lines[ln + k - 1].startswith("+ ") and sub in lines[ln + k - 1], (owner, k, sub)
        lead = [owner]
        # "chỉ đạo, hướng dẫn Ủy ban nhân dân các tỉnh rà soát và hoàn thành việc giao đất …": the body directed by its
        # name carries the work out with the ministry (contract); the press agencies "chỉ đạo các cơ quan thông tấn
        # báo chí" (6.b.6.1) are a group directed: no owner.
        if (h, k) == (2, 4):
            lead = [owner, "Ủy ban nhân dân các tỉnh"]
        item(f"6.b.{h}.{k}", ln + k, lead, sup, dl, cat, amb=amb[0] if amb else None)
    assert not lines[ln + len(bullets)].startswith("+ "), owner
# "- Các bộ, ngành khác liên quan" names an owner; the paragraph under it has its own subject ("các bộ, ngành").
item("6.b.9", L("Theo chức năng, nhiệm vụ trong phạm vi quản lý nhà nước của mình, các bộ, ngành chủ động"),
     ["các bộ, ngành"], [NN], None, K)
# c) "Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương": the section names its owner.
ln = L("c) Trách nhiệm của Ủy ban nhân dân các tỉnh", start)
for k, (cat, sup, dl, amb) in enumerate([
        (TT, [], None, None), (BM, [], None, None), (BH, [], None, None), (K, [], None, None),
        (KT, ["các bộ, ngành liên quan"], None, None),
        (BC, [], D("recurring", "Định kỳ báo cáo"), True)], 1):
    assert lines[ln + k - 1].startswith("- ")
    item(f"6.c.{k}", ln + k, [UBT], sup, dl, cat, amb=amb)
# d) the heading names three owners; the paragraph under it repeats them as its subject.
SOC = ["Các tổ chức chính trị, xã hội, nghề nghiệp", "các đoàn thể quần chúng",
       "các tổ chức phi chính phủ và doanh nghiệp"]
item("6.d", L("Các tổ chức chính trị, xã hội, nghề nghiệp, các đoàn thể quần chúng, các tổ chức phi chính phủ và "
              "doanh nghiệp tùy theo"), SOC, [], None, K)
# Điều 2 (effect, replaces 799/QĐ-TTg) and Điều 3 (who executes the decision): none.

# --- PHỤ LỤC: the activity table. Paths PL1.<letter group>.<"-" sub-group>.<"+" row>[.<"." sub-row>].
JOIN_AFTER = ("Bộ Lao động", "các hiệp hội", "các tập đoàn", "Các bộ", "các bộ")
def owners(cell):
    cell = cell.strip().rstrip('.').strip()
    parts = [p.strip() for chunk in cell.split(';') for p in chunk.split(', ')]
    out = []
    for p in parts:
        if out and out[-1] in JOIN_AFTER:
            out[-1] = out[-1] + ", " + p
        else:
            out.append(p)
    res = []
    for p in out:
        if " và các " in p:
            a, b = p.split(" và các ", 1)
            res += [a, "các " + b]
        else:
            res.append(p)
    return [r for r in res if r]
CATS = {
  "a": [[BH, K, KT, BM], [K, K, TM, K, K], [K, [K, TT, K, K]], [BM, KT, BH, KT, K, KT, KT]],
  "b": [[K, K, K, BH, K, K], [K, K], [BH, K, K]],
  "c": [[K, K, K, K, BH, BH], [BM, BH], [K, K], [TT, TT, KT]],
}
def DL(cell):
    c = cell.strip()
    if not c:
        return None
    y = c[-4:]
    assert c[:4].isdigit() and y.isdigit(), c
    return D("period", c, f"{y}-12-31")
g = sub = row = dot = None
n = 0
for ln in range(L("| TT | Nhóm hoạt động | Hoạt động"), len(lines) + 1):
    cells = [c.strip() for c in lines[ln - 1].strip().strip('|').split(' | ')]
    if cells[0] in ("TT", "---"):
        continue
    if cells[0] in ("a)", "b)", "c)"):
        g, sub = cells[0][0], 0
        continue
    assert len(cells) == 8, (ln, len(cells))
    if cells[0] == "-":
        sub, row = sub + 1, 0
    act = cells[2]
    if act.startswith("+ "):
        row, dot = row + 1, None
        if not cells[3]:          # "+ Thực hiện các hoạt động can thiệp sau, …:" introduces the "." sub-rows
            dot = 0
            continue
        path, cat = f"PL1.{g}.{sub}.{row}", CATS[g][sub - 1][row - 1]
    else:
        assert act.startswith(". ") and dot is not None, ln
        dot += 1
        path, cat = f"PL1.{g}.{sub}.{row}.{dot}", CATS[g][sub - 1][row - 1][dot - 1]
    lead, sup = owners(cells[3]), owners(cells[4])
    n += 1
    tasks.append(T(path, CA(SRC, ln, act), lead, sup, DL(cells[7]), cat))
assert n == 21 + 11 + 13, n
assert len(tasks) == 11 + 5 + 3 + 2 + 4 + 2 + 35 + 6 + 1 + 45, len(tasks)
write(SRC, doc, tasks, shared=shared)
