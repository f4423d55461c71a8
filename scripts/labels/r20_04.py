"""Blind labels for realdocs20 04: Công văn 769/TCT-TTKT of the Tổng cục Thuế (17/3/2022 by its e-signature stamp; the
OCR reads "Số: #49 /TCT-TTKT" and "ngày AF-thang 3"), to the provincial tax departments, on measures against revenue
loss: the opening "Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương tổ chức thực hiện một số
công việc sau:" over four titled items — 1 (inspections) with topic sub-items "1.1. Về lĩnh vực hóa đơn:" (one paragraph)
… "1.5. Về các lĩnh vực khác:" (paragraphs or "-" bullets), 2 (collection of tax found and of arrears), "_3." (work
with other bodies) and 4 (policy and IT), each over "-" bullets — and the closing line for information. OCR of the
signed PDF, from teije05-art/clone-pjj-tax-legal-22dec. Annotator annot22; see NOTES.md (realdocs20)."""
from labelkit import T
from r20kit import A as _A, R, L as _L, write
SRC = "04_congvan-769-TCT-TTKT-2022-chong-that-thu-dam-bao-thu-dung-thu-du-NSNN-ocr.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
M, I, CP = "mentions", "implements", "Chính phủ"
doc = {
  # No kind line; a "VW …" subject line (the OCR's "V/v") and a unit's symbol (/TCT-TTKT) → CongVan.
  "kind": "CongVan",
  # "Số: #49 /TCT-TTKT": kept as written without the space (02's convention). **Alternative** "769/TCT-TTKT" (the
  # collection's file name "CV_769…"), or null ("#" is no look-alike of a digit).
  "number": "#49/TCT-TTKT",
  # "BỘ TÀI CHÍNH ` CỘNG HOÀ …" over "TONG CỤC THUÊ Độc lập …" → the general department (realdocs18). Alternative "Bộ Tài
  # chính".
  "issuer": "Tổng cục Thuế",
  "place": "Hà Nội",
  # "ngày AF-thang 3 năm 2022": the day unreadable → null. Alternative 2022-03-17 (the e-signature stamp).
  "issuedOn": None,
  # The two subject lines joined as written ("VW" for "V/v", "dam bảo").
  "title": "VW thực hiện chống thất thu, dam bảo thu đúng, thu đủ vào NSNN.",
  # "Noi nhận: KT. TONG 2 CVC TRUONG" (OCR of "KT. TỔNG CỤC TRƯỞNG") beside the recipients' label; no title line and no
  # name → capacity alone, read in title case (a lone KT. line with no title under it gives no position).
  "signer": {"name": None, "position": None, "capacity": "KT. Tổng cục trưởng"},
  "references": [
    # "Thực hiện Nghị quyết số 138/NQ-CP ngày 10/11/2021 của Chính phủ … và Nghị quyết số 128/NQ-" / "CP ngày 11/10/2021
    # của Chính phủ …" → implements (the second number wrapped at its dash).
    R("NghiQuyet", "138/NQ-CP", "2021-11-10", CP, I),
    R("NghiQuyet", "128/NQ-CP", "2021-10-11", CP, I),
    # Bullet 2.2: the acts the collection measures follow, numbers without dates or "của" → mentions, issuer null.
    # "406/NQ-UBTVQHI5" as written (the OCR's "I5" for "15"; alternative "406/NQ-UBTVQH15").
    R("NghiQuyet", "406/NQ-UBTVQHI5", None, None, M),
    R("NghiDinh", "92/2021/NĐ-CP", None, None, M),
    R("NghiQuyet", "94/2019/QH14", None, None, M),
    R("ThongTu", "69/2020/TT-BTC", None, None, M),
  ],
  # Items without their marks ("~" the OCR's dash) and trailing ";"; the OCR tail "£t" dropped.
  "recipients": ["Như trên", "Lãnh đạo TCT", "Các Vụ/đơn vị thuộc TCT", "Lưu: VT, TTKT."],
}
# A letter of requests → every task `requested`; lead the body asked, as the opening writes it, unless the item names
# its own subject ("Các đoàn thanh tra, kiểm tra thuế", "Cơ quan thuế các cấp"), which then leads (still requested:
# the letter can only ask).
CT = ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]
KT, K, TT, TM = "KiemTraGiamSat", "Khac", "TuyenTruyen", "ThamMuu"
tasks = []
def add(path, sub, cat, lead=CT, support=(), after=None):
    tasks.append(T(path, A(L(sub), after=after), list(lead), list(support), None, cat, mode="requested"))

# "1. Tập trung thanh tra, kiểm tra chống thất thu đối với một số ngành nghề, [lĩnh vực] (… hoàn thuế, hóa đơn kinh doanh
# thương mại điện tử,...), các ngành nghề tăng trưởng mạnh, có dư địa thu." (lines partly lost) → the title of its
# sub-items 1.1–1.5, which say what to inspect field by field: no task of its own (**alternative** a task, +1).
# 1.1 "VỀ lĩnh vực hóa don:" over one paragraph, no bullets → the numbered item is the task: inspections with checks on
# invoice use → KiemTraGiamSat.
add("1.1", "Tăng cường công tác thanh tra, kiểm tra việc chấp hành", KT)
# 1.2 "Về lĩnh vực hoàn thuế:" / "Tăng cường công tác quản lý hoàn thuế, đảm bảo việc hoàn thuế đúng đối tượng theo quy
# định." / two "-" bullets → the bullets are the tasks; the short paragraph before them states the aim they spell out
# (no subject of its own; **alternative** a task 1.2 besides them, +1).
# 1.2.1: risk assessment to pick and check high-risk firms → KiemTraGiamSat.
add("1.2.1", "- Đánh giá rủi ro dé có thé", KT)
# 1.2.2: "Kiểm soát chặt chẽ số chi hoàn thuế GTGT …; … kế hoạch kiểm tra, thanh tra sau hoàn thuế …" → KiemTraGiamSat
# (control, as the contract reads "Kiểm soát chặt chẽ …").
add("1.2.2", "- Kiểm soát chặt chẽ số chỉ hoàn thuế", KT)
# 1.3 "VỀ lĩnh vực thương mại điện tử:" over three bullets.
# 1.3.1: measures for the tax management and inspection of e-commerce, foreign platforms above all → KiemTraGiamSat.
# Its text runs over the page break.
add("1.3.1", "- Tiếp tục tăng cường thực hiện các biện pháp", KT)
# 1.3.2: review the data on income from social networks, notify; "Trường hợp … thì cơ quan thuế phối hợp với ngân hàng
# thương mại để truy xuất dòng tiền, thực hiện thanh tra …" → support "ngân hàng thương mại" (after "phối hợp với";
# alternative none, a party without a determiner); "cơ quan thuế" after "thì" is the departments themselves, no other
# lead. KiemTraGiamSat.
add("1.3.2", "- Rà soát dữ liệu về các tổ chức", KT, support=["ngân hàng thương mại"])
# 1.3.3: share information with the other bodies concerned "để cùng phối hợp xử lý" → the bodies receive it: no owner.
# Khac.
add("1.3.3", "- Chủ động chia sẻ, cung cấp thông tin", K)
# 1.4 "VỀ lĩnh vực kinh doanh, chuyén nhượng bất động san:" over three bullets.
# 1.4.1: collect information from notaries and banks to verify incomes → KiemTraGiamSat (the notaries and banks are
# sources, no owners).
add("1.4.1", "- Ra soát và thu thập thông tin", KT)
# 1.4.2: publicise the rules on tax evasion in real-estate dealings → TuyenTruyen.
add("1.4.2", "- Đây mạnh tuyên truyền, phổ biến chính sách", TT)
# 1.4.3: "Phối hợp với cơ quan có thâm quyền ở địa phương nhằm quản lý thuế …" → support as written; Khac.
add("1.4.3", "- Phối hợp với cơ quan có thâm quyền", K, support=["cơ quan có thâm quyền ở địa phương"])
# 1.5 "VỀ các lĩnh vực khác:" over three bullets.
# 1.5.1: inspections against smuggling, trade fraud, speculation; check Covid-19 donations → KiemTraGiamSat.
add("1.5.1", "- Tăng cường thanh tra, kiểm tra, ngăn chặn", KT)
# 1.5.2: keep inspections to the procedures; supervise the inspection teams → KiemTraGiamSat.
add("1.5.2", "- Chấn chỉnh và tăng cường công tác kiểm tra", KT)
# 1.5.3: find untapped revenue; follow the collection of the 18 provinces that feed the central budget; advise the Bộ
# Tài chính and the Government ("tham mưu kịp thời cho …": the bodies advised, no owners) → Khac (alternative ThamMuu).
add("1.5.3", "- Ra soát, xác định các nguồn thu", K)
# "2. Đôn đốc thu nộp đầy du, kịp thời số tiền tăng thu qua thanh tra, kiểm tra và nợ đọng thuế" (a title, no full
# stop) over four bullets.
# 2.1: "Các đoàn thanh tra, kiểm tra thuế theo dõi, đẩy mạnh việc đôn đốc thu hồi …" → its own subject leads (a group
# under one determiner), requested; Khac (collection).
add("2.1", "- Các đoàn thanh tra, kiểm tra thuế theo dõi", K, lead=["Các đoàn thanh tra, kiểm tra thuế"])
# 2.2: enforce the collection of arrears; waive late-payment interest, freeze and write off debts by the rules → Khac.
add("2.2", "- Triển khai quyết liệt các biện pháp đôn đốc", K)
# 2.3: a working plan with the large debtors; review projects whose incentives ended (the OCR garbled "Rà soát các dự án
# hết thời gian ưu đãi"); collect deferred tax; enforce → Khac (collection; alternative BanHanhVanBan for "Xây dựng kế
# hoạch").
add("2.3", "- Xây dựng kế hoạch làm việc với các đơn vị", K)
# 2.4: "Phối hợp chặt chẽ với Kho bạc nhà nước, ngân hàng thương mại, t6 chức tín dụng, cơ quan kế hoạch đầu tư,... thực
# hiện nhiệm vụ đôn đốc thu hồi tiền thuế nợ" → four supports split at the commas, as written ("t6" the OCR's "tổ");
# Khac.
add("2.4", "- Phối hợp chặt chẽ với Kho bạc", K,
    support=["Kho bạc nhà nước", "ngân hàng thương mại", "t6 chức tín dụng", "cơ quan kế hoạch đầu tư"])
# "_3. Phối hợp với các cơ quan, ban ngành trong công tác chống thất thu" (the "_" an OCR mark; a title) over five
# bullets.
# 3.1: "Cơ quan thuế các cấp tham mưu cấp uỷ và chính quyền địa phương chỉ đạo cơ quan Công an và các cơ quan ban ngành
# triển khai … quy chế phối hợp …" → its own subject leads; the bodies advised and those they direct are no owners;
# ThamMuu.
add("3.1", "- Cơ quan thuế các cấp tham mưu", TM, lead=["Cơ quan thuế các cấp"])
# 3.2: "Phối hợp chặt chế với các cơ quan ban ngành trong trao đổi, nắm bắt thông tin, … để tập trung thanh tra, kiểm tra
# và xử lý … giá chuyển nhượng" → support "các cơ quan ban ngành"; KiemTraGiamSat (a line of its text is lost).
add("3.2", "- Phối hợp chặt chế với các cơ quan ban ngành", KT, support=["các cơ quan ban ngành"])
# 3.3: "… phối hợp với các cơ quan liên quan nội ngành; kết nối liên thông với các cơ quan khác (cơ sở dữ liệu … của Bộ
# Công an; … Sở Kế hoạch và đầu tư, Bộ Kế hoạch và Đầu tư, …)" → support "các cơ quan liên quan nội ngành"; the bodies in
# the parenthesis hold the data to connect, no owners; Khac (data links).
add("3.3", "- Tăng cường hơn nữa trong việc phối hợp", K, support=["các cơ quan liên quan nội ngành"])
# 3.4: "Cơ quan thuế các cấp phối hợp triển khai thực hiện hiệu quả các kiến nghị, kết luận của Kiểm toán Nhà nước …"
# → its own subject leads; "phối hợp triển khai" names no support; Khac (alternative KiemTraGiamSat).
add("3.4", "- Cơ quan thuế các cấp phối hợp triển khai", K, lead=["Cơ quan thuế các cấp"])
# 3.5: "Tiép tuc phôi hợp với cơ quan Hai quan đề có cơ sở dữ liệu …" → support as written ("Hai quan", the customs;
# alternative "cơ quan Hải quan"); Khac (a database).
add("3.5", "- Tiép tuc phôi hợp với cơ quan Hai quan", K, support=["cơ quan Hai quan"])
# "4. Tiếp tục hoàn thiện cơ chế chính sách, tăng cường ứng dụng tin học trong Quản lý thuế" (a title) over three bullets.
# 4.1: "Rà soát hệ thống Văn bán Quy phạm pháp luật, tham mưu cơ quan thuế cấp trên dé sửa đổi …" → a review ending in
# advice to a higher body → ThamMuu (contract; alternative BanHanhVanBan, a review of texts to amend).
add("4.1", "- Rà soát hệ thống Văn bán", TM)
# 4.2: modernise the tax system, simplify procedures, e-services → Khac.
add("4.2", "- Tiếp tục cái cách hiện dại hóa", K)
# 4.3: renew the inspection methods: e-transactions, flexible schemes, desk checks by risk, IT → KiemTraGiamSat.
add("4.3", "- Tiếp tục đổi mới phương thức thanh tra", KT)
# "Tổng cục Thuế thông báo dé các Cục Thuế biết và triển khai thực hiện ./." → the line for information: none.
write(SRC, doc, tasks)
