"""Blind labels for realdocs11 01: Quyết định 232/QĐ-TTg of the Prime Minister (24/01/2025) approving the Đề án
"Thành lập và phát triển thị trường các-bon tại Việt Nam" (read as the plan it approves: kind KeHoach). Điều 1 holds
the scheme: I views, II targets, III the market's design (goods, participants, registry, trading system, operation,
roadmap), IV five groups of ownerless "-" bullets (tasks and solutions), V TỔ CHỨC THỰC HIỆN (six owner headings over
"-" bullets, and item 7), VI funding; Điều 2-3; then PHỤ LỤC: a task table (TT / task / lead / support / time) of five
roman groups, rows numbered anew in each. HTML-to-Markdown text, from Trangsct/skill-sct. Annotator annot13; see
NOTES.md (realdocs11)."""
from labelkit import T, D, read_lines
from r11kit import A as _A, A1, R, L as _L, CA, write
SRC = "01_quyetdinh-kehoach-232-QD-TTg-2025-de-an-thi-truong-cac-bon.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "KeHoach", "number": "232/QĐ-TTg", "issuer": "Thủ tướng Chính phủ", "place": "Hà Nội",
  "issuedOn": "2025-01-24",
  "title": "THÀNH LẬP VÀ PHÁT TRIỂN THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM",
  "signer": {"name": "Trần Hồng Hà", "position": "Phó Thủ tướng", "capacity": "KT. Thủ tướng"},
  "references": [
    R("NghiDinh", "06/2022/NĐ-CP", "2022-01-07", "Chính phủ", "basis"),
    R("NghiQuyet", "50/NQ-CP", "2021-05-20", "Chính phủ", "basis"),
    # Appendix row IV.7: "Nghị định số 45/2022/NĐ-CP về xử phạt …" - no date, no "của".
    R("NghiDinh", "45/2022/NĐ-CP", None, None),
  ],
  "recipients": ["Như Điều 3", "Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
                 "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                 "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương",
                 "Văn phòng Trung ương Đảng và các Ban của Đảng", "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước",
                 "Hội đồng Dân tộc và các Ủy ban của Quốc hội", "Văn phòng Quốc hội", "Tòa án nhân dân tối cao",
                 "Viện kiểm sát nhân dân tối cao", "Ủy ban trung ương Mặt trận Tổ quốc Việt Nam",
                 "Cơ quan trung ương của các đoàn thể", "Liên đoàn Thương mại và Công nghiệp Việt Nam",
                 "VPCP: BTCN; các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo",
                 "Lưu: VT, NN (2b)."],
}
BH, TT, KT, BC, TM, BM, K = ("BanHanhVanBan", "TuyenTruyen", "KiemTraGiamSat", "BaoCao", "ThamMuu", "ToChucBoMay",
                              "Khac")
TN, TC, CT, GT, NN, XD = ("Bộ Tài nguyên và Môi trường", "Bộ Tài chính", "Bộ Công Thương", "Bộ Giao thông vận tải",
                          "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Xây dựng")
KH = "Bộ Kế hoạch và Đầu tư"
VCCI = "Liên đoàn Thương mại và Công nghiệp Việt Nam"
Y = lambda txt, y: D("period", txt, f"{y}-12-31")
shared, used, tasks = set(), set(), []

def bullet(path, ln, lead, sup, dl, cat, amb=None):
    a, sh = A1(SRC, ln, shared, used)
    if sh:
        shared.add(path)
    used.add(a.lower())
    tasks.append(T(path, a, lead, sup, dl, cat, amb=amb))

# --- III: the market's design. Its items state how the market is built; only the paragraphs that name a body and
# give it something to do are tasks (NOTES: alternative none, -4).
bullet("III.3", L("Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan liên quan xây dựng, quản lý"), [TN],
       ["các cơ quan liên quan"], None, K)
# 4.a: the Sở builds and serves the exchange; BTNMT (with BTC …) only sets the requirements it works to -> not owners.
bullet("III.4.a", L("Sở Giao dịch chứng khoán Hà Nội xây dựng và cung ứng"), ["Sở Giao dịch chứng khoán Hà Nội"], [],
       None, K)
bullet("III.4.b", L("Tổng Công ty Lưu ký và bù trừ chứng khoán Việt Nam cung ứng"),
       ["Tổng Công ty Lưu ký và bù trừ chứng khoán Việt Nam"], [], None, K)
bullet("III.5", L("Bộ Tài nguyên và Môi trường chủ trì, phối hợp với Bộ Tài chính, Bộ Nông nghiệp"), [TN],
       [TC, NN, XD, CT, GT, "các bộ, ngành, cơ quan có liên quan"], None, K)

# --- IV: five groups of "-" bullets, no owner named -> lead [], mode null.
iv = {
  1: [BH, BH, K, BH, TM, BH, K, BH],
  2: [BH, BH, BH],
  3: [K, BH, K, BH],
  4: [BH, BH, BH, BH, BH, BH, BH, BH, BC, BH],
  5: [K, TT, BM, TT, BM, K],
}
lines = read_lines(SRC)
ln = L("IV. NHIỆM VỤ VÀ GIẢI PHÁP")
for g, cats in iv.items():
    ln = L(f"{g}. Nhóm các nhiệm vụ, giải pháp", ln)
    for k, cat in enumerate(cats, 1):
        assert lines[ln + k - 1].startswith("- "), (g, k)
        # IV.1.3 allocates "theo giai đoạn và hàng năm": the allocation's period, not the task's deadline.
        bullet(f"IV.{g}.{k}", ln + k, [], [], None, cat, amb=True if (g, k) == (1, 3) else None)
    assert not lines[ln + len(cats)].startswith("- "), g

# --- V: owner headings over "-" bullets.
B4 = [CT, GT, NN, XD]                                   # "3. Các Bộ: Công Thương, Giao thông vận tải, …"
B4b = ["Bộ Công an", KH, "Bộ Thông tin và truyền thông", "Ngân hàng Nhà nước Việt Nam"]  # heading 4
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
HH = "các Hiệp hội và doanh nghiệp"
REL = "các bộ, ngành, cơ quan có liên quan"
v = [
  ("V.1.1", "- Chủ trì, phối hợp với các bộ, ngành, cơ quan có liên quan tổ chức vận hành", [TN], [REL], None, K),
  ("V.1.2", "- Chủ trì, phối hợp với các bộ, ngành, cơ quan, địa phương, doanh nghiệp", [TN],
   ["các bộ, ngành, cơ quan, địa phương, doanh nghiệp, hiệp hội"], None, K),
  ("V.1.3", "- Tổng hợp và cân đối nhu cầu nguồn lực", [TN], [], None, K),
  ("V.1.4", "- Tổ chức các hoạt động tuyên truyền, phổ biến, tập huấn", [TN], [], None, TT),
  # "vào cuối giai đoạn thí điểm và định kỳ 5 năm/lần": a five-yearly review, no enum value -> recurring, every null.
  ("V.1.5", "- Theo dõi, đôn đốc, tổng hợp, tổ chức tổng kết", [TN], [],
   D("recurring", "định kỳ 5 năm/lần"), BC, True),
  ("V.2.1", "- Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các bộ, ngành, cơ quan có liên quan thành lập",
   [TC], [TN, REL], None, K),
  ("V.2.2", "- Chủ trì trình cấp có thẩm quyền bố trí kinh phí", [TC], [], None, TM),
  # "phối hợp các bộ …" without "với": read as "phối hợp với" (support).
  ("V.3.1", "- Chủ trì, phối hợp các bộ, ngành có liên quan thực hiện", B4, ["các bộ, ngành có liên quan"], None, K),
  ("V.3.2", "- Tiếp tục thực hiện các nhiệm vụ đã được quy định", B4, [], None, K),
  ("V.3.3", "- Căn cứ các nhiệm vụ của Đề án, rà soát", B4, [],
   D("recurring", "hàng năm", None, "year"), BH, True),
  ("V.3.4", "- Chủ động xây dựng và ban hành các điều kiện kỹ thuật", B4, [], None, BH),
  ("V.3.5", "- Nghiên cứu, đề xuất các giải pháp ưu tiên", B4, [], None, TM),
  ("V.4.1", "- Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường và các bộ, ngành liên quan thực hiện", B4b,
   [TN, "các bộ, ngành liên quan"], None, K),
  ("V.4.2", "- Bộ Kế hoạch và Đầu tư chủ trì", [KH], ["bộ, ban, ngành, cơ quan trung ương"], None, TM),
  # "X chỉ đạo Y thực hiện …": X and Y lead (realdocs6/9/10 convention).
  ("V.4.3", "- Bộ Thông tin và Truyền thông chỉ đạo",
   ["Bộ Thông tin và Truyền thông", "các cơ quan báo chí", "hệ thống thông tin cơ sở"], [], None, TT),
  ("V.5.1", "- Phối hợp với Bộ Tài nguyên và Môi trường và các bộ, ngành liên quan triển khai", [UBT],
   [TN, "các bộ, ngành liên quan"], None, K),
  ("V.5.2", "- Trình Hội đồng nhân dân bố trí kinh phí", [UBT], [], None, TM),
  ("V.6.1", "- Liên đoàn Thương mại và Công nghiệp Việt Nam chủ trì", [VCCI], [REL], None, TT),
  ("V.6.2", "- Phối hợp với các bộ, ngành triển khai thực hiện Đề án", [VCCI, HH], ["các bộ, ngành"], None, K),
  ("V.6.3", "- Chủ động nâng cao năng lực thực hiện cơ chế", [VCCI, HH], [], None, BM),
  # 7: a condition; its subject after "thì" carries the work on (NOTES: alternative no task, -1).
  ("V.7", "7. Trường hợp các bộ, ngành, cơ quan được nêu",
   ["các bộ, ngành, cơ quan tiếp nhận nhiệm vụ của các bộ, ngành, cơ quan đó"], [], None, K),
]
start = L("V. TỔ CHỨC THỰC HIỆN")
for path, sub, lead, sup, dl, cat, *amb in v:
    bullet(path, L(sub, start), lead, sup, dl, cat, amb=amb[0] if amb else None)

# --- PHỤ LỤC: task table; rows numbered anew under each roman group -> PL1.<group>.<row>.
OWN = {
  "Bộ Tài nguyên và Môi trường, Bộ Công Thương, Bộ Nông nghiệp và Phát triển nông thôn, Bộ Xây dựng, Bộ Giao thông vận tải":
    [TN, CT, NN, XD, GT],
  "Bộ Tài nguyên và Môi trường": [TN],
  "Bộ Tài nguyên và Môi trường và các bộ, ngành quản lý lĩnh vực": [TN, "các bộ, ngành quản lý lĩnh vực"],
  "Bộ Tài chính": [TC],
  "Bộ Tài chính chỉ đạo Sở Giao dịch chứng khoán Việt Nam và Tổng Công ty lưu ký và bù trừ chứng khoán Việt Nam thực hiện":
    [TC, "Sở Giao dịch chứng khoán Việt Nam", "Tổng Công ty lưu ký và bù trừ chứng khoán Việt Nam"],
  "Bộ Tài chính chỉ đạo Sở Giao dịch chứng khoán Việt Nam và Tổng Công ty lưu ký và bù trừ chứng khoán Việt Nam.":
    [TC, "Sở Giao dịch chứng khoán Việt Nam", "Tổng Công ty lưu ký và bù trừ chứng khoán Việt Nam"],
  "Bộ Tài nguyên và Môi trường, các Bộ, ngành quản lý lĩnh vực": [TN, "các Bộ, ngành quản lý lĩnh vực"],
  "Bộ Tài nguyên và Môi trường, Bộ Tài chính": [TN, TC],
  "Bộ Thông tin và Truyền thông": ["Bộ Thông tin và Truyền thông"],
  VCCI: [VCCI],
  # the scope after "các Bộ, ngành" ("đối với lĩnh vực … theo chức năng, nhiệm vụ") is not part of the name
  "Bộ Tài nguyên và Môi trường và các Bộ, ngành đối với lĩnh vực quản lý nhà nước theo chức năng, nhiệm vụ":
    [TN, "các Bộ, ngành"],
}
SUP = {
  "Các bộ, ngành, cơ quan liên quan": ["Các bộ, ngành, cơ quan liên quan"],
  "Bộ Tài nguyên và Môi trường và các bộ, ngành, cơ quan liên quan": [TN, "các bộ, ngành, cơ quan liên quan"],
  "Bộ Tài chính và các bộ, ngành, cơ quan liên quan": [TC, "các bộ, ngành, cơ quan liên quan"],
  "Ngân hàng Nhà nước Việt Nam và các bộ, ngành, cơ quan liên quan":
    ["Ngân hàng Nhà nước Việt Nam", "các bộ, ngành, cơ quan liên quan"],
  "Bộ Tài nguyên và Môi trường và các bộ, ngành, cơ quan có liên quan": [TN, REL],
  "Bộ Nội vụ và các bộ, ngành, cơ quan liên quan": ["Bộ Nội vụ", "các bộ, ngành, cơ quan liên quan"],
  "Bộ Công an, Bộ Kế hoạch và Đầu tư và các bộ, ngành, cơ quan có liên quan": ["Bộ Công an", KH, REL],
  "Liên đoàn Thương mại và Công nghiệp Việt Nam và các bộ, ngành, cơ quan có liên quan": [VCCI, REL],
  "Bộ Kế hoạch và Đầu tư và các bộ, ngành, cơ quan có liên quan": [KH, REL],
}
def DL(cell):
    if cell in ("2025", "2028"):
        return Y(cell, cell), None
    if cell in ("2025 - 2030", "2025 - 2028", "2028 - 2030", "2027 - 2028"):
        return Y(cell, cell[-4:]), None
    if cell.startswith("Thực hiện đến năm 2030"):
        return Y("Thực hiện đến năm 2030", 2030), True
    if cell.startswith("Định kỳ 2 năm/lần"):
        return D("recurring", "Định kỳ 2 năm/lần"), True   # every two years: no enum value, due null
    if cell.startswith("Thực hiện thường xuyên"):
        return D("ongoing", cell), None
    if cell.startswith("Trong "):
        return None, True                                  # counted from an event with no date
    if cell == "Đã hoàn thành":
        return None, True                                  # already done
    if cell.startswith("2022 - 2025"):
        return Y("2022 - 2025", 2025), None
    raise ValueError(cell)
CAT = {
  "I": [BH, BH, BH, TM, BH, BH, BH, K, BH],
  "II": [BH, BH, BH, TM, TM],
  "III": [BH, K, K, BH, BH, BH, K, BH],
  "IV": [BH, BH, BH, BH, BH, BH, BH, BH, KT, BC, BH],
  "V": [K, K, TM, BH, TT, BM, TT, TT, TT],
}
group, n = None, 0
for ln in range(L("| TT | Nhiệm vụ và giải pháp"), len(lines) + 1):
    cells = [c.strip() for c in lines[ln - 1].strip().strip('|').split(' | ')]
    if len(cells) != 5 or cells[0] in ("TT", "---"):
        continue
    if cells[0] in CAT:
        group = cells[0]
        continue
    n += 1
    dl, amb = DL(cells[4])
    tasks.append(T(f"PL1.{group}.{cells[0]}", CA(SRC, ln, cells[1]), OWN[cells[2]], SUP[cells[3]], dl,
                   CAT[group][int(cells[0]) - 1], amb=amb))
assert n == 9 + 5 + 8 + 11 + 9, n
assert len(tasks) == 4 + 31 + 21 + 42, len(tasks)
write(SRC, doc, tasks, shared=shared)
