"""Blind labels for realdocs16 02: Quyết định 334/QĐ-TTg of the Thủ tướng Chính phủ (01/4/2023) approving the Chiến
lược địa chất, khoáng sản và công nghiệp khai khoáng đến năm 2030, tầm nhìn đến năm 2045. Điều 1 approves the strategy
("… với các nội dung như sau:") in four sections: I QUAN ĐIỂM CHỈ ĐẠO (five numbered views), II MỤC TIÊU (general and
specific targets, 2025 / 2030 / 2045), III ĐỊNH HƯỚNG PHÁT TRIỂN (geology, minerals, mining: "-" bullets and "+" items by
mineral), IV NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (five numbered groups of "-" bullets, no owners); Điều 2 "Tổ chức thực hiện"
(a general paragraph, owner headings for seven ministries with "-" bullets or one paragraph, "Các bộ, ngành khác …",
the provinces); Điều 3 effect; Điều 4 execution. Docx text with the converter's first line, header and signature
joined by " | ", from Trangsct/skill-sct. Annotator annot18; see NOTES.md (realdocs16)."""
from labelkit import T, D
from r16kit import A as _A, R, L as _L, write
SRC = "02_quyetdinh-334-QD-TTg-2023-chien-luoc-dia-chat-khoang-san-cong-nghiep-khai-khoang-2030-2045.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  # Điều 1 approves a strategy (Chiến lược). annot18 read it QuyetDinh (a strategy not being a plan, programme or
  # scheme); settled 2026-12-07 (xr17, EXTRACTION.md "Decisions that issue plans"): a decision approving a strategy is
  # read as the plan it approves, as realdocs12 01 read a programme and realdocs17 04 a strategy → KeHoach, the
  # strategy's name as the title, "Chiến lược" included.
  "kind": "KeHoach", "number": "334/QĐ-TTg", "issuer": "Thủ tướng Chính phủ", "place": "Hà Nội",
  "issuedOn": "2023-04-01",
  "title": "CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN VÀ CÔNG NGHIỆP KHAI KHOÁNG ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045",
  "signer": {"name": "Trần Hồng Hà", "position": "Phó Thủ tướng", "capacity": "KT. Thủ tướng"},
  "references": [
    # The "Căn cứ" lines: the laws are cited by name and date only (no number → no reference), as is the Chiến lược
    # phát triển kinh tế - xã hội. 88/NQ-CP is cited again in Điều 2.1 (one reference).
    R("NghiQuyet", "10-NQ/TW", "2022-02-10", "Bộ Chính trị", "basis"),
    R("NghiQuyet", "88/NQ-CP", "2022-07-22", "Chính phủ", "basis"),
  ],
  "recipients": ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
                 "Các bộ, cơ quan ngang bộ, cơ quan thuộc chính phủ", "HĐND, UBND các tỉnh, thành phố trực thuộc TW",
                 "Văn phòng Trung ương và các Ban của Đảng", "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước",
                 "Hội đồng Dân tộc và các Ủy ban của Quốc hội", "Văn phòng Quốc hội", "Tòa án nhân dân tối cao",
                 "Viện kiểm sát nhân dân tối cao", "Kiểm toán nhà nước", "Ngân hàng chính sách xã hội",
                 "Ngân hàng Phát triển Việt Nam", "Ủy ban trung ương Mặt trận Tổ quốc Việt Nam",
                 "Cơ quan trung ương của các đoàn thể",
                 "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo",
                 "Lưu: VT, CN (2)."],
}
BH, KT, BC, BM, TM, K = "BanHanhVanBan", "KiemTraGiamSat", "BaoCao", "ToChucBoMay", "ThamMuu", "Khac"
tasks = []
def add(path, sub, cat, lead=(), sup=(), dl=None, mode=None, amb=None, anchor=None):
    ln = L(sub)
    tasks.append(T(path, anchor or A(ln), list(lead), list(sup), dl, cat, mode=mode, amb=amb))

# I QUAN ĐIỂM CHỈ ĐẠO, II MỤC TIÊU: views and targets, no tasks.
# III ĐỊNH HƯỚNG PHÁT TRIỂN (main judgement call): the strategy's orientations by field and by mineral ("Quặng titan:
# hoàn thành các đề án thăm dò …", "Khoáng sản vàng: chỉ thăm dò đối với mỏ vàng gốc") state the direction the sector is
# to take, like II's targets; no owner, no task word in the heading, and IV restates the assignable work. No tasks
# (alternative: its 11 "-" bullets without "+" items and its 25 "+" items as tasks, lead [], III.2.3.1 …).
# IV NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU: each "-" bullet a task; no owner in IV but 3.5 ("các địa phương").
add("IV.1.1", "- Thể chế hoá đầy đủ quan điểm", BH)
# IV.1.2 leads with "Tổng kết, đánh giá …" (BaoCao); its last sentence "Hoàn thành xây dựng dự thảo Luật Khoáng sản (sửa
# đổi) trình Quốc hội khóa XV trong năm 2024" gives the deadline (period 2024), ambiguous (it bounds the draft law, not
# the review; alternative null). Alternative category BanHanhVanBan (the bullet is mostly about amending the law).
add("IV.1.2", "- Tổng kết, đánh giá đầy đủ kết quả sau 10 năm", BC,
    dl=D("period", "trong năm 2024", "2024-12-31"), amb=True)
add("IV.1.3", "- Quy định cụ thể về nội dung điều tra cơ bản", BH)
add("IV.1.4", "- Bổ sung, hoàn thiện quy định về đấu giá", BH)
add("IV.1.5", "- Rà soát, điều chỉnh thuế suất thuế tài nguyên", BH)   # a review of rates to amend
add("IV.1.6", "- Hoàn thiện chính sách xuất - nhập khẩu", BH)
add("IV.1.7", "- Quy định rõ trách nhiệm của tổ chức, cá nhân", BH)
add("IV.1.8", "- Hoàn thiện chính sách khuyến khích hợp tác", BH)
# IV.2.1 "Hoàn thành lập, phê duyệt: Quy hoạch … trong năm 2023" → drafting and approving plans, period 2023.
add("IV.2.1", "- Hoàn thành lập, phê duyệt: Quy hoạch", BH, dl=D("period", "trong năm 2023", "2023-12-31"))
# IV.2.2: "… từ trung ương đến địa phương trước năm 2025" bounds the organisational model → date 2024-12-31, ambiguous
# (realdocs10's reading of "trước năm 2025"; alternative period 2025-12-31). Category Khac (leads with unified state
# management; alternative ToChucBoMay for its second sentence).
add("IV.2.2", "- Thực hiện quản lý thống nhất nhà nước về địa chất", K,
    dl=D("date", "trước năm 2025", "2024-12-31"), amb=True)
add("IV.2.3", "- Tăng cường phối hợp giữa các bộ, ngành và địa phương trong công tác quy hoạch", K)
# IV.2.4 "cập nhật kịp thời biến động … hàng năm" → recurring year, ambiguous (alternative null: "hàng năm" qualifies
# the changes to record).
add("IV.2.4", "- Tăng cường hiệu quả công tác thống kê, kiểm kê", K,
    dl=D("recurring", "hàng năm", None, "year"), amb=True)
add("IV.2.5", "- Tăng cường, nâng cao năng lực cơ quan thanh tra", BM)   # capacity of a body (alternative KiemTraGiamSat)
# IV.2.6 "đến năm 2025 công tác cấp phép … được thực hiện trên nền tảng số" → period 2025, ambiguous (a target inside
# the bullet; alternative null).
add("IV.2.6", "- Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động", K,
    dl=D("period", "đến năm 2025", "2025-12-31"), amb=True)
add("IV.2.7", "- Áp dụng các mô hình quản trị tài nguyên", K)
add("IV.2.8", "- Ưu tiên cấp phép dự án khai thác khoáng sản", K)
add("IV.3.1", "- Ưu tiên đầu tư nguồn vốn ngân sách nhà nước", K)
add("IV.3.2", "- Đa dạng hóa nguồn vốn đầu tư cho công tác", K)
add("IV.3.3", "- Tăng cường năng lực, đổi mới thiết bị", K)
add("IV.3.4", "- Hoàn thiện chính sách thu hút, đào tạo", BH)   # policy to refine (alternative ToChucBoMay)
# IV.3.5 "Hàng năm, các địa phương lập kế hoạch bố trí kinh phí …": its own subject → lead, assigned; recurring year.
add("IV.3.5", "- Hàng năm, các địa phương lập kế hoạch", K, ["các địa phương"],
    dl=D("recurring", "Hàng năm", None, "year"), mode="assigned")
add("IV.4.1", "- Nâng cao chất lượng dự báo thị trường.", K, anchor="Nâng cao chất lượng dự báo thị trường.")
add("IV.4.2", "- Nâng cao chất lượng dự án, năng lực", K)
add("IV.4.3", "- Tăng cường công tác thanh tra, kiểm tra quản lý kỹ thuật", KT)
add("IV.4.4", "- Tăng cường công tác phối hợp giữa các bộ, địa phương", K)
add("IV.4.5", "- Rà soát đề xuất điều chỉnh sản lượng", TM)   # a review ending in a proposal
add("IV.5.1", "- Khuyến khích đầu tư, đổi mới công nghệ", K)
# IV.5.2 "… trước năm 2030" → date 2029-12-31, ambiguous (as IV.2.2).
add("IV.5.2", "- Hoàn thành việc chuyển đổi toàn diện công nghệ", K,
    dl=D("date", "trước năm 2030", "2029-12-31"), amb=True)
# IV.5.3 "… hướng tới mục tiêu phát thải ròng bằng 0 vào năm 2050": a target year → null, ambiguous.
add("IV.5.3", "- Sử dụng công nghệ, thiết bị khai thác, chế biến tiên tiến", K, amb=True)
add("IV.5.4", "- Đẩy mạnh hợp tác quốc tế, học tập kinh nghiệm", K)
# Điều 2 "Tổ chức thực hiện": paths start with the article's number.
# 2.1: one paragraph whose subject is a list of heads ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan
# thuộc Chính phủ có liên quan, Chủ tịch …, và Thủ trưởng các cơ quan liên quan có trách nhiệm xây dựng kế hoạch …").
# The heads of the central tier's unnamed bodies are one owner (EXTRACTION.md "Owners", settled 2026-12-07; corrected by
# xr16 in the seventh session, which read them as three: "Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan
# thuộc Chính phủ có liên quan").
add("2.1", "1. Trên cơ sở các nhiệm vụ trong Nghị quyết", BH,
    ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ có liên quan",
     "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Thủ trưởng các cơ quan liên quan"],
    mode="assigned")
TN = ["Bộ Tài nguyên và Môi trường"]
BNDP = ["các bộ, ngành, địa phương có liên quan"]
add("2.2.1", "- Chủ trì, phối hợp với các bộ, ngành, địa phương có liên quan tổ chức hướng dẫn", KT, TN, BNDP,
    mode="assigned")
add("2.2.2", "- Chủ trì, phối hợp với các bộ, ngành, địa phương có liên quan lập", BH, TN, BNDP, mode="assigned")
add("2.2.3", "- Xây dựng cơ chế phối hợp giữa các bộ", BH, TN, mode="assigned")
add("2.2.4", "- Chỉ đạo thực hiện nâng cao hiệu lực", KT, TN, mode="assigned")
add("2.2.5", "- Tăng cường quan hệ hợp tác quốc tế", K, TN, mode="assigned")
# 2.3.2 and 2.4.2 are the same line word for word: distinct windows that each occur twice (shared), resolved in order.
# "định kỳ hàng năm có báo cáo …" → recurring year; the reporting is the bullet's second half (KiemTraGiamSat leads).
YR = D("recurring", "định kỳ hàng năm", None, "year")
add("2.3.1", "- Theo chức năng, nhiệm vụ và phạm vi quản lý nhà nước được giao, chủ trì", BH, ["Bộ Công Thương"],
    ["Bộ Kế hoạch và Đầu tư", "Bộ Tài nguyên và Môi trường", "Bộ Xây dựng", "các địa phương"], mode="assigned")
add("2.3.2", "- Chỉ đạo thực hiện và kiểm tra, giám sát", KT, ["Bộ Công Thương"], dl=YR, mode="assigned",
    anchor="nhà nước được giao; định kỳ hàng năm có báo cáo")
add("2.4.1", "- Theo chức năng, nhiệm vụ và phạm vi quản lý nhà nước được giao, chủ trì", BH, ["Bộ Xây dựng"],
    ["Bộ Kế hoạch và Đầu tư", "Bộ Tài nguyên và Môi trường", "Bộ Công Thương", "các địa phương"], mode="assigned")
add("2.4.2", "- Chỉ đạo thực hiện và kiểm tra, giám sát", KT, ["Bộ Xây dựng"], dl=YR, mode="assigned",
    anchor="giám sát việc triển khai thực hiện Chiến lược theo chức năng,")
# 2.5–2.7: owner heading over one unnumbered paragraph → the numbered item is the task.
# 2.5 "Chủ trì, phối hợp với Bộ Tài chính, trình cấp có thẩm quyền cân đối vốn đầu tư …": a submission for the higher
# body to decide funding → ThamMuu; "hàng năm" names the budgets (medium-term and annual), no deadline.
add("2.5", "Chủ trì, phối hợp với Bộ Tài chính, trình cấp", TM, ["Bộ Kế hoạch và Đầu tư"], ["Bộ Tài chính"],
    mode="assigned")
# 2.6 "Căn cứ … trên cơ sở đề xuất của Bộ Tài nguyên và Môi trường … tổng hợp …, trình cấp có thẩm quyền cân đối, bố
# trí kinh phí …" → ThamMuu; the proposing ministries are the basis, not supporters.
add("2.6", "Căn cứ khả năng cân đối của ngân sách trung ương", TM, ["Bộ Tài chính"], mode="assigned")
add("2.7", "Chủ trì, phối hợp với các bộ, ngành, địa phương liên quan, nghiên cứu", BH, ["Bộ Khoa học và Công nghệ"],
    ["các bộ, ngành, địa phương liên quan"], mode="assigned")   # review of mechanisms and rules (alternative ThamMuu)
# 2.8 "Các bộ, ngành khác có liên quan … có trách nhiệm đề xuất, tổ chức thực hiện các đề án, dự án …": proposal joined
# to doing the work → Khac.
add("2.8", "8. Các bộ, ngành khác có liên quan căn cứ", K, ["Các bộ, ngành khác có liên quan"], mode="assigned")
UBT = ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
add("2.9.1", "- Trình Hội đồng nhân dân cấp tỉnh bố trí kinh phí", TM, UBT, mode="assigned")
add("2.9.2", "- Hàng năm có báo cáo kết quả thực hiện Chiến lược", BC, UBT,
    dl=D("recurring", "Hàng năm", None, "year"), mode="assigned")
# Điều 3 (effect) and Điều 4 (execution clause): no tasks.
write(SRC, doc, tasks, shared=("2.3.2", "2.4.2"))
