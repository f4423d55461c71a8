"""Blind labels for realdocs10 03: Nghị quyết 88/NQ-CP of the Government (22/7/2022) issuing its Chương trình hành động
to carry out Nghị quyết 10-NQ/TW of the Politburo on geology, minerals and mining (read as the plan it issues: kind
KeHoach). Resolution (Điều 1-3), then the programme: I MỤC TIÊU; II NHIỆM VỤ, GIẢI PHÁP (1 Nhiệm vụ: lettered headings
a-đ over "-" bullets, b's first bullet over "+" contents, d's first bullet over "+" names; 2 Giải pháp: seven
bullets); III TỔ CHỨC THỰC HIỆN (three owner items); DANH MỤC: a task table (TT / work / product / lead / support /
time), rows 1-18 and one unnumbered row after 5. Docx text (cells joined by " | "), from Trangsct/skill-sct.
Annotator annot12; see NOTES.md (realdocs10)."""
from labelkit import T, D, read_lines
from r10kit import A as _A, R, L as _L, CA, write
SRC = "03_nghiquyet-chuongtrinh-88-NQ-CP-2022-thuc-hien-NQ10-TW-khoang-san.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "KeHoach", "number": "88/NQ-CP", "issuer": "Chính phủ", "place": "Hà Nội", "issuedOn": "2022-07-22",
  "title": "CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 10-NQ/TW NGÀY 10 THÁNG 02 NĂM 2022 CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG "
           "CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN VÀ CÔNG NGHIỆP KHAI KHOÁNG ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045",
  "signer": {"name": "Lê Văn Thành", "position": "Phó Thủ tướng", "capacity": "KT. Thủ tướng"},
  "references": [
    R("NghiQuyet", "10-NQ/TW", "2022-02-10", "Bộ Chính trị", "implements"),
    R("CongVan", "46-HD/BTGTW", "2022-04-04", "Ban Tuyên giáo Trung ương", "basis"),
    R("QuyetDinh", "645/QĐ-TTg", "2014-05-06", "Thủ tướng Chính phủ"),
    R("NghiDinh", "51/2021/NĐ-CP", "2021-04-01", "Chính phủ"),
  ],
  "recipients": ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
                 "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                 "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương", "Văn phòng Trung ương và các Ban của Đảng",
                 "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước", "Hội đồng Dân tộc và các Ủy ban của Quốc hội",
                 "Văn phòng Quốc hội", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Kiểm toán nhà nước",
                 "Ủy ban Giám sát tài chính Quốc gia", "Ngân hàng Chính sách xã hội", "Ngân hàng Phát triển Việt Nam",
                 "Ủy ban trung ương Mặt trận Tổ quốc Việt Nam", "Cơ quan trung ương của các đoàn thể",
                 "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo",
                 "Lưu: VT, CN (2)."],
}
BH, TT, KT, BC, TM, BM, K = ("BanHanhVanBan", "TuyenTruyen", "KiemTraGiamSat", "BaoCao", "ThamMuu", "ToChucBoMay",
                              "Khac")
Y = lambda txt, y: D("period", txt, f"{y}-12-31")
B25 = lambda txt="trước năm 2025": D("date", txt, "2024-12-31")
tasks = []
def add(path, sub, cat, lead=(), sup=(), dl=None, amb=None, mode=None):
    tasks.append(T(path, A(L(sub)), list(lead), list(sup), dl, cat, mode=mode, amb=amb))
# Điều 1 issues the programme, Điều 2 effect, Điều 3 execution clause: no tasks. I MỤC TIÊU: none.
# II.1.a: a title line over one paragraph with its own subjects -> one task (the paragraph), four leads (groups
# separated by ";" and a determiner each).
add("II.1.a", "Trong năm 2022, các bộ, ngành; các cấp chính quyền", TT,
    ["các bộ, ngành", "các cấp chính quyền địa phương", "các tập đoàn kinh tế, tổng công ty của Nhà nước",
     "các cơ quan, tổ chức liên quan"], dl=Y("Trong năm 2022", 2022))
# II.1.b.1 has its own work (file and draft the law, two dates) and "Tập trung vào một số nội dung:" over three "+"
# items -> b.1 and b.1.1-3 (label 01 II.4.c / r9-03 V.1 convention); the first date, marked ambiguous.
add("II.1.b.1", "- Hoàn thành hồ sơ đề nghị xây dựng Dự án Luật", BH,
    dl=D("date", "trong tháng 7 năm 2022", "2022-07-31"), amb=True)
add("II.1.b.1.1", "+ Quy định rõ nội dung điều tra cơ bản", BH)
add("II.1.b.1.2", "+ Quy định rõ trách nhiệm của tổ chức", BH)
add("II.1.b.1.3", "+ Rà soát các Nghị định của Chính phủ", BH)
# "ngay sau khi Luật Khoáng sản (sửa đổi) ban hành trong năm 2024": the year qualifies the law -> period, ambiguous.
add("II.1.b.2", "- Hoàn thành các văn bản quy phạm pháp luật hướng dẫn", BH, dl=Y("trong năm 2024", 2024), amb=True)
add("II.1.b.3", "- Rà soát, điều chỉnh thuế suất thuế tài nguyên", BH)
add("II.1.b.4", "- Hoàn thiện chính sách khuyến khích hợp tác", BH)
add("II.1.b.5", "- Hoàn thiện chính sách thu hút, đào tạo", BH)
add("II.1.c.1", "- Thường xuyên tổ chức tuyên truyền", TT, dl=D("ongoing", "Thường xuyên"))
add("II.1.c.2", "- Tổ chức tuyên truyền, phổ biến ngay sau", TT)
# d.1: "hoàn thành việc lập, trình … phê duyệt các nhiệm vụ:" over five "+" lines that only name the strategy and
# plans (no verb) -> one task, the names its text.
add("II.1.d.1", "- Trong năm 2022 hoàn thành việc lập", BH, dl=Y("Trong năm 2022", 2022))
# "Trước năm 2025" / "trước năm 2030": before that year -> the last day of the year before, ambiguous (alternative:
# period ending that year).
add("II.1.d.2", "- Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức", BM, dl=B25("Trước năm 2025"), amb=True)
add("II.1.d.3", "- Nghiên cứu các mô hình quản trị khoáng sản", K, dl=B25(), amb=True)
add("II.1.d.4", "- Thống kê, kiểm kê đánh giá thực trạng", K, dl=B25(), amb=True)
add("II.1.đ.1", "- Xây dựng và quản lý tập trung, thống nhất", K, dl=B25(), amb=True)
add("II.1.đ.2", "- Hoàn thành chuyển đổi toàn diện công nghệ", K, dl=D("date", "trước năm 2030", "2029-12-31"), amb=True)
add("II.1.đ.3", "- Hoàn thành đầu tư dự án khai thác", K, dl=B25(), amb=True)
# "hướng tới mục tiêu phát thải ròng bằng “0” trước năm 2050": a target, not a time limit -> null, ambiguous.
add("II.1.đ.4", "- Duy trì hoạt động hiệu quả các dự án", K, amb=True)
add("II.2.1", "- Tăng cường năng lực lãnh đạo, chỉ đạo", K)
add("II.2.2", "- Tăng cường thanh tra, kiểm tra, giám sát", KT)
add("II.2.3", "- Đẩy mạnh ứng dụng công nghệ thông tin", K)
add("II.2.4", "- Đẩy mạnh hợp tác, học tập kinh nghiệm", K)
add("II.2.5", "- Ưu tiên bố trí ngân sách nhà nước", K)
add("II.2.6", "- Hàng năm, các địa phương lập kế hoạch", K, ["các địa phương"], dl=D("recurring", "Hàng năm", None, "year"))
add("II.2.7", "- Rà soát đề xuất điều chỉnh sản lượng", TM)
HEADS = ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ có liên quan",
         "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
add("III.1", "1. Trên cơ sở các nhiệm vụ, giải pháp", BH, HEADS)
add("III.2", "2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ", KT,
    ["Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ", HEADS[1]],
    dl=D("recurring", "định kỳ trước ngày 31 tháng 12 hàng năm", "2022-12-31", "year"))
add("III.3", "3. Bộ trưởng Bộ Tài nguyên và Môi trường", BC, ["Bộ trưởng Bộ Tài nguyên và Môi trường"],
    dl=D("recurring", "định kỳ trước ngày 31 tháng 3 hàng năm", "2023-03-31", "year"))
# DANH MỤC: TT | work | product | lead | support | time. Cells split at commas (contract); "các bộ ngành liên quan"
# one group; the unnumbered row after 5 -> PL1.5b.
TN, CT, XD = "Bộ Tài nguyên và Môi trường", "Bộ Công Thương", "Bộ Xây dựng"
UBT = "Ủy ban nhân dân các tỉnh, thành phố"
REC = D("recurring", "Năm 2022 và hàng năm", None, "year")
rows = {  # TT: (lead, support, deadline, amb, category)
  "1": (["Các bộ, ngành, cơ quan trữ thuộc Chính phủ có liên quan",
         "các Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương",
         "các tập đoàn kinh tế, tổng công ty nhà nước hoạt động khoáng sản"], [], REC, None, TT),
  "2": ([TN], ["Bộ Tư pháp", CT, XD, "các bộ ngành liên quan"], D("period", "Quý III năm 2022", "2022-09-30"), None, BH),
  "3": ([TN], ["Bộ Tư pháp", CT, XD, "các bộ ngành liên quan"], D("period", "Quý IV năm 2023", "2023-12-31"), None, BH),
  "4": ([TN], ["Bộ Tư pháp", CT, XD, "các bộ ngành liên quan"], REC, None, BH),
  "5": ([TN], [CT, XD, "các bộ ngành liên quan"], D("period", "Quý III, năm 2022", "2022-09-30"), None, BH),
  # "Năm 2025; Năm 2030": two milestones -> the last (the quarter-list rule), ambiguous.
  "5b": ([TN], [CT, XD, UBT], D("period", "Năm 2025; Năm 2030", "2030-12-31"), True, K),
  "6": ([TN], [CT, XD, "các bộ ngành liên quan"], D("period", "Quý III, năm 2022", "2022-09-30"), None, BH),
  "7": ([CT], [TN, XD, UBT], D("period", "Quý III, năm 2022", "2022-09-30"), None, BH),
  "8": ([XD], [TN, CT], D("date", "Tháng 12, năm 2022", "2022-12-31"), None, BH),
  "9": ([CT], [TN, XD], D("period", "Quý IV, năm 2022", "2022-12-31"), None, BH),
  "10": (["Bộ Tài chính"], [TN, CT, XD], D("period", "Năm 2022 - 2025", "2025-12-31"), None, BH),
  "11": (["Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"], [TN, CT, XD], Y("Năm 2022", 2022), None, BH),
  "12": (["Bộ Nội vụ"], [TN, CT, XD], REC, None, BM),
  # "Năm 2025 (2022) và các năm tiếp theo": from that year on -> the first year's end, ambiguous.
  "13": ([TN], [CT, XD, UBT], Y("Năm 2025 và các năm tiếp theo", 2025), True, K),
  "14": ([TN], [CT, XD, UBT], Y("Năm 2022 và các năm tiếp theo", 2022), True, BM),
  "15": (["Bộ Nội vụ"], [TN, CT, XD, "Ủy ban quản lý vốn nhà nước tại doanh nghiệp"], Y("Năm 2023", 2023), None, BH),
  "16": ([TN], [CT, XD, "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "các tỉnh, thành phố trực thuộc trung ương"], REC,
         None, TM),
  "17": ([TN], [CT, XD, "các tỉnh, thành phố trực thuộc trung ương"], Y("Năm 2023", 2023), None, BM),
  "18": ([CT, XD], [TN, XD], D("period", "Quý II năm 2023", "2023-06-30"), None, BH),
}
lines = read_lines(SRC)
start = L("TT | Nội dung công việc | Sản phẩm") + 1
prev = None
for ln in range(start, len(lines) + 1):
    cells = [c.strip() for c in lines[ln - 1].split(' | ')]
    if len(cells) < 6:
        continue
    tt = cells[0] or prev + "b"
    prev = cells[0] or prev
    lead, sup, dl, amb, cat = rows[tt]
    assert dl["text"] == cells[5], (tt, dl["text"], cells[5])
    tasks.append(T("PL1." + tt, CA(SRC, ln, cells[1]), lead, sup, dl, cat, amb=amb))
assert len(tasks) == 29 + 19, len(tasks)
write(SRC, doc, tasks)
