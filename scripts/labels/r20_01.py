"""Blind labels for realdocs20 01: Thông báo 990/TB-TCT of the Tổng cục Thuế (14/10/2024 by the collection's file name;
the OCR reads "$6:990/TB-TCT" and "ngayl4thing 4 ăm 2024"), the conclusions of the briefing of 04/10/2024 chaired by a
deputy director general: "1. Đánh giá tình hình …" (results and shortcomings), "2. Kế hoạch, nhiệm vụ công tác trọng tâm
tháng 10 và Quý IV năm 2024" over "2.1. Giao Thủ trưởng các Vụ, Cục, đơn vị thuộc Tổng cục Thuế" … "2.14. Giao Vụ
TVQT", each over "-" bullets (some dashes read by the OCR as "_ 7", "_ >", "¬", "R"), "3. Tổ chức thực hiện" (a monthly
report), the closing line for information, the recipients and the name. OCR of the signed PDF: pages 2, 6, 8 and 9 had
two columns that the OCR interleaved line by line (a bullet's first line, then another's, then the first's end), and
some lines are lost. From teije05-art/clone-pjj-tax-legal-22dec. Annotator annot22; see NOTES.md (realdocs20)."""
from labelkit import T, D
from r20kit import A as _A, R, L as _L, write
SRC = "01_thongbao-990-TB-TCT-2024-trien-khai-nhiem-vu-thang-10-quy-IV-ocr.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
M, TCT = "mentions", "Tổng cục Thuế"
doc = {
  # The kind line "THONG BAO" (OCR, Thông báo) and the symbol /TB- → a kind the list lacks → Other (r9-01, r16-04).
  "kind": "Other",
  # "$6:990/TB-TCT": the OCR read "Số:" as "$6:"; the number itself is whole.
  "number": "990/TB-TCT",
  # "“BO TÀI CHÍNH _ CONG HOA …" over "TONG CỤC THUE Độc lập …" → the general department (realdocs18); it names itself
  # in the body ("Tổng cục Thuế đánh giá …", "Tổng cục Thuế thông báo …"). Alternative "Bộ Tài chính".
  "issuer": TCT,
  # "Hà Noi, …": the place with one mark lost to the OCR, read as the place word (alternative "Hà Noi" as written).
  "place": "Hà Nội",
  # "ngayl4thing 4 ăm 2024": the day reads 14 but the month "4" cannot be (the briefing was on 04/10/2024) → null, as
  # realdocs18 read garbled date lines. Alternative 2024-10-14 (the file name "TB_990_14102024"; the e-signature stamp
  # says 16.10.2024).
  "issuedOn": None,
  # The line under the kind line as written ("Vw" the OCR of "V/v", "(âm" of "tâm").
  "title": "Vw triển khai các nhiệm vụ, công tác trong (âm tháng 10, quý IV năm 2024",
  # The OCR kept no capacity or title; the name stands alone under the recipients → name only (contract: a scan that
  # lost the title lines but kept the name under the distribution list).
  "signer": {"name": "Đoàn Xuân Toản", "position": None, "capacity": None},
  "references": [
    # 2.1's first bullet (interleaved): "… theo Thông báo sô 118/TB-" / "TCT ngày 31/01/2024" and section 3 "Thông báo số
    # 118/TB-TCT hgày 31/01/2024 của Tổng cục Thuế" → one reference (kind Other, r9-01's TB).
    R("Other", "118/TB-TCT", "2024-01-31", TCT, M),
    # "Thông báo sô 784/TB-TCT ngày 30/7/202" (the year's last digit lost in the interleave): dated 2024-07-30 (the
    # "Hội nghị sơ kết 6 tháng đầu năm" of this year; alternative null). No "của" → issuer null.
    R("Other", "784/TB-TCT", "2024-07-30", None, M),
    # 2.3: "… Thuế tại công văn 4062/TCT-CS về việc hướng dẫn …" (the words before it lost; no date).
    R("CongVan", "4062/TCT-CS", None, None, M),
    # 2.11: "… sửa đổi, bổ sung Quyết định số 1388/QD-TCT …" (the decision's line split by the interleave: "Quyét" /
    # "định số 1388/QD-TCT"; "QD" as written).
    R("QuyetDinh", "1388/QD-TCT", None, None, M),
    # 2.12: "Quyết định số 41/2018/QĐ-TTg ngày 25/9/2018 và 15/QĐ-TTg. ngày 30/3/2021 của Thủ tướng Chính phủ".
    R("QuyetDinh", "41/2018/QĐ-TTg", "2018-09-25", "Thủ tướng Chính phủ", M),
    R("QuyetDinh", "15/QĐ-TTg", "2021-03-30", "Thủ tướng Chính phủ", M),
    # Not references: 2.6's "Nghị định sea Nghị inh IB22020ND-CP" (no readable number) and "đề án 172" (a scheme's
    # number without a kind of document).
  ],
  "recipients": ["Lãnh đạo Tổng cục Thuế (để báo cáo)", "Cục Thuế các tỉnh, thành phố",
                 "Các Vu/don vị thuộc Tổng cục Thuế (để thực hiện)", "Văn phòng Đảng ủy — Công đoàn, Đoàn Thanh niên",
                 "Lưu: VT, VP(TKTH)."],
}
K, KT, TM, BC, BH, TT, BM = ("Khac", "KiemTraGiamSat", "ThamMuu", "BaoCao", "BanHanhVanBan", "TuyenTruyen",
                            "ToChucBoMay")
def date(text, due):
    return D("date", text, due)
tasks = []
def add(path, sub, lead, cat, support=(), dl=None, amb=None, after=None, ln=None):
    line = ln if ln is not None else L(sub)
    tasks.append(T(path, A(line, after=after), list(lead), list(support), dl, cat, amb=amb))

# "1. Đánh giá tình hình thực hiện nhiệm vụ …:" → results and shortcomings (what was done, what lags): no tasks.
# "2. Kế hoạch, nhiệm vụ công tác trong," (its end "tâm tháng 10 và Quý IV năm 2024" interleaved further down) → the
# section of work; its "2.N. Giao <unit>" headings are owner headings ("Giao" → assigned): each "-" bullet is a task led
# by the unit, unless the bullet names its own subject (the unit itself again, mostly). Units keep the heading's
# abbreviation as written ("Vụ DTTT", "Cục TTKT" …). Paths count the bullets under each heading. Unmarked paragraphs
# after a bullet continue it (the contract's continuation rule), also where the OCR seems to have lost a dash (noted).

# 2.1 "Giao Thủ trưởng các Vụ, Cục, d" — the heading is cut by the interleave; its end "ơn vị thuộc Tổng cục Thuế" stands
# twelve lines below. The lead is the whole title (heads of the Tổng cục's units, one group under one determiner).
H21 = ["Thủ trưởng các Vụ, Cục, đơn vị thuộc Tổng cục Thuế"]
# 2.1.1: keep to the directions of the Government, the ministry, the Tổng cục, the work programme (118/TB-TCT) and the
# mid-year conclusions (784/TB-TCT) → Khac. Its lines are interleaved with section 1's end and with the heading.
add("2.1.1", "- Tiếp tục bám sát các chỉ đạo", H21, K)
# 2.1.2: review the year's work, propose the 2025 programme, report for approval and send to the Văn phòng "để tổng
# hợp trước ngày 30/10/2024" → BaoCao (review; alternative ThamMuu for the proposal). **Deadline (interleave):** the
# line "hợp trước ngày 30/10/2024." stands after the first lines of 2.1.3 and 2.1.4, but it ends 2.1.2's "chuyển về Văn
# phòng dé tổng" → date 2024-10-30 here, **ambiguous** (read as the text stands it would be 2.1.4's).
add("2.1.2", "- Tổng hợp, đánh giá việc thực hiện", H21, BC, dl=date("trước ngày 30/10/2024", "2024-10-30"), amb=True)
# 2.1.3: speed up the drafting of legal texts assigned, on time for the ministry and the Government → BanHanhVanBan.
add("2.1.3", "- Đẩy nhanh tiến độ xây dựng văn bả", H21, BH)
# 2.1.4: carry out tax management, the support packages, remove firms' difficulties → Khac.
add("2.1.4", "- Tiếp tục triển khai quyết liệt, hiệu q", H21, K)
# 2.1.5: "Thường xuyên rà soát, giải quyết [kịp thời] các khó khăn, vướng mắc của NNT, …; … báo cáo cấp có thẩm quyền"
# → Khac, ongoing ("Thường xuyên" leads the bullet). The first line has five words: the anchor is taken from the
# interleaved next line, which the text as it stands sets in this bullet.
add("2.1.5", "- Thường xuyên rà soát, giải quyết", H21, K, dl=D("ongoing", "Thường xuyên"))
# 2.1.6: discipline, conduct, anti-corruption and thrift in the whole sector → ToChucBoMay (staff; alternative Khac).
add("2.1.6", "- Quán triệt nghiêm túc việc chấp hành", H21, BM)
# 2.1.7: rotation and transfers of officials; political education → ToChucBoMay.
add("2.1.7", "- Triển khai thực hiện nghiêm công tác điều động", H21, BM)

# 2.2 Giao Vụ DTTT
H = ["Vụ DTTT"]
# 2.2.1: follow the economy and the revenues, forecast, steer collection "những tháng cuối năm 2024"; a work plan with
# the provinces → Khac. Deadline period 2024-12-31, **ambiguous** (the months bound the steering of collection;
# alternative null).
add("2.2.1", "- Tiếp tục theo dõi sát tình hình kinh tế", H, K,
    dl=D("period", "những tháng cuối năm 2024", "2024-12-31"), amb=True)
# 2.2.2: complete the explanatory dossier on the 2025 revenue estimate for the National Assembly; advise on guiding the
# departments; prepare the answers → ThamMuu (alternative Khac). "dự toán thu năm 2025", "03 năm 2025-2027" name the
# estimates → no deadline.
add("2.2.2", "- Tiếp tục hoàn thiện hỗ sơ thuyết minh", H, TM)
# 2.2.3: prepare papers for the leaders' work with the departments → ThamMuu (alternative Khac).
add("2.2.3", "- Chuẩn bị tài liệu sẵn sàng phục vụ", H, TM)
# 2.2.4: "Vụ DTTT chủ trì, phối hợp Vụ TCCB khan trương nghiên cứu xây dựng phương án đánh giá thi đua … để tham mưu Tổng
# cục có hình thức khen thưởng …" → lead its own subject (the heading's unit), support Vụ TCCB ("phối hợp" + body, no
# "với"), KhenThuong (an emulation scheme; alternative ThamMuu). "(báo cáo Tổng cục trước hội nghị Tổng kết)" names an
# event, no date → null.
add("2.2.4", "- Vụ DTTT chủ trì, phối hợp Vụ TCCB", H, "KhenThuong", support=["Vụ TCCB"])

# 2.3 Giao Vụ Chính sách (written "_2.3. Giao Vụ Chính sách.")
H = ["Vụ Chính sách"]
# 2.3.1: finish the drafting schemes of the 2024 programme "để trình Bộ trình Chính phủ Ban hành trong nam) (2024) không
# để tồn sang năm sau" → BanHanhVanBan; period 2024-12-31 (issue within the year), **ambiguous** (OCR "nam)"; the year
# also names the programme; alternative null).
add("2.3.1", "- Khân trương rà soát, hoàn thiện các đề án", H, BH,
    dl=D("period", "trong nam) (2024)", "2024-12-31"), amb=True)
# 2.3.2: follow the ministry's units and take part in drafting the amended tax laws → BanHanhVanBan. "bám sát với các đơn
# vị thuộc Bộ (Cục CST, Vu PC — BTC)" is no "phối hợp": no supports (alternative the units).
add("2.3.2", "- Tiép tục bám sát với các don vị", H, BH)
# 2.3.3: speed up the review of answers given to taxpayers, for the handbook of the Vụ TTHT → Khac. "do Vụ TTHT chuyển
# đến", "chuyển lại Vụ TTHT" name where papers come from and go: no supports.
add("2.3.3", "- Day nhanh tiến độ rà soát, thâm định", H, K)
# 2.3.4: "- Khan trươn;" (the rest of the line lost) / "Thuế tại công văn 4062/TCT-CS …, trong đó nêu rõ kết quả …. Trên
# cơ sở đó đề xuất các giải pháp cụ thể …" → ThamMuu (the proposal is the visible action; alternative BaoCao for the
# lost review). The first line has two words: the anchor comes from the next line.
add("2.3.4", "- Khan trươn;", H, TM)
# 2.3.5: "- Vu Chính sách chủ trì, phối hợp vd" / "liên quan à các" / "văn bản hướng dẫn thi hành, các vướng mắc …. Trên
# cơ sở xây dựng kế hoạch chi tiết sửa đổi tổng thể Luật Quản lý thuế, báo cáo Tổng cục, trình Bộ trước ngày 15/11/2024."
# → BanHanhVanBan, date 2024-11-15. **Supports (interleave):** the bodies after "phối hợp vd" are lost here; their words
# stand on a stray line after 2.5.1 ("i Vụ Pháp chế và các Vụ, đơn vị có"). As the text stands the bullet names none →
# support [] (**alternative** "Vụ Pháp chế", "các Vụ, đơn vị có liên quan").
add("2.3.5", "- Vu Chính sách chủ trì, phối hợp vd", H, BH, dl=date("trước ngày 15/11/2024", "2024-11-15"))

# 2.4 Giao Vụ Pháp chế
H = ["Vụ Pháp chế"]
# 2.4.1: review the problems of tax policy and administration, list what must be amended, propose it for the 2025
# law-making programme → BanHanhVanBan (a review of rules to amend). Support "các Vụ đơn vị liên quan" (as written).
# "chương trình xây dựng văn bản năm 2025" names a programme → no deadline.
add("2.4.1", "- Vụ Pháp chế chủ trì và phối hợp", H, BH, support=["các Vụ đơn vị liên quan"])

# 2.5 Giao Vụ TTHT
H = ["Vụ TTHT"]
# 2.5.1: publicise the nine months' results, debt management above all → TuyenTruyen. Supports after "phối hợp với":
# "Tạp chí thuế", "Văn phòng", "Vụ QLN" (split at the comma and at "và" between two bodies). The stray line "i Vụ Pháp
# chế và các Vụ, đơn vị có" after it belongs to 2.3.5 (interleave) and adds nothing here.
add("2.5.1", "- Vụ TTHT chủ trì, phối hợp với Tạp chí", H, TT, support=["Tạp chí thuế", "Văn phòng", "Vụ QLN"])
# 2.5.2: "Vụ TTHT chủ trì, đôn đốc các Vụ, đơn vị liên quan thực hiện việc trả lời các vướng mắc của NNT … và đăng tải …
# (hoàn thành trước ngày| 15/10/2024); Đề nghị Cục Thuế các tỉnh, thành phố đẩy mạnh công tác đối thoại với NNT …" → one
# bullet, two clauses with their own owners → two leads (realdocs16 04 task 2, r9-01 2.3), mode assigned (the heading's
# "Giao"; the second clause's "Đề nghị" would make it requested — **alternative** two tasks, +1, the second requested).
# The units it urges ("đôn đốc các Vụ, đơn vị liên quan") carry the work out: no owner. Khac (answering and publishing
# taxpayers' queries; alternative TuyenTruyen). Date 2024-10-15.
add("2.5.2", "- Vụ TTHT chủ trì, đôn đốc các Vụ", H + ["Cục Thuế các tỉnh, thành phố"], K,
    dl=date("hoàn thành trước ngày| 15/10/2024", "2024-10-15"))
# 2.5.3: guidance on the relief for storm-hit taxpayers → TuyenTruyen.
add("2.5.3", "- Tiếp tục day mạnh việc tuyên truyền", H, TT)
# 2.5.4: "Vụ TTHT phối hợp cùng Văn phòng xây dựng kế hoạch thông tin tuyên truyền, chỉ đạo các Cục thuế … tuyên truyền
# các nội dung dự án Luật … trong kỳ họp thứ 8 của Quốc hội diễn ra vào tháng 11/2024; …" → support "Văn phòng" ("phối
# hợp cùng"), TuyenTruyen. "diễn ra vào tháng 11/2024" dates the session, not the work → null, **ambiguous**
# (alternative period 2024-11-30).
add("2.5.4", "- Vụ TTHT phối hợp cùng Văn phòng", H, TT, support=["Văn phòng"], amb=True)
# 2.5.5: urge the departments' reports on taxpayer satisfaction, analyse them, advise → BaoCao (alternative ThamMuu).
# "(Hoàn thành trước 15/11/2024)" → date.
add("2.5.5", "- Khan trương đôn đốc các Cục Thuế", H, BC, dl=date("Hoàn thành trước 15/11/2024", "2024-11-15"))
# 2.5.6: with the Cục CNTT, a roadmap for the rating system of officials' service → Khac (a system), support "Cục CNTT".
add("2.5.6", "- Phối hợp với Cục CNTT họp bàn", H, K, support=["Cục CNTT"],
    dl=date("báo cáo trước 15/10/2024", "2024-10-15"))
# 2.5.7: "Phối hợp các đơn vị tổ chức hội nghị đối thoại doanh nghiệp do Bộ Tài chính va VCCI chủ trì." → support "các
# đơn vị"; the bodies after "do" preside over the conference, no owners (contract: a body after "do"). ToChucPhongTrao
# (an event; alternative Khac).
add("2.5.7", "- Phối hợp các đơn vị tổ chức hội nghị", H, "ToChucPhongTrao", support=["các đơn vị"])
# 2.5.8: an FAQ handbook; report a scheme for an automatic answering application → TuyenTruyen (material for taxpayers;
# alternative Khac). "(thời hạn hoàn thành trong Quý IV/2024)" → period.
add("2.5.8", "- Khan trương hoàn thiện Xây dựng cẩm nang", H, TT,
    dl=D("period", "trong Quý IV/2024", "2024-12-31"))

# 2.6 Giao Cục TTKT:
H = ["Cục TTKT"]
# 2.6.1 and 2.6.2: the OCR read the dashes as "_ 7" and "_ >"; each opens with "Tham mưu …" → ThamMuu.
add("2.6.1", "_ 7 Tham mưu Tổng cục", H, TM, after="_ 7 ")
add("2.6.2", "_ > Tham mưu tổ chức họp", H, TM, after="_ > ")
# 2.6.3: an overall report on the audit and inspectorate conclusions, with proposals → BaoCao, date 2024-10-15. **The
# lines after it** ("cot sốc G6 eee" / "“itr ap iy tl TREN …" / "ii) Thanh tra, kiêm tra trong lĩnh vực" / … / "Chủ trì
# tổng hợp, báo cáo Tong cục kết qua … theo chuyên dé chong that thu nêu trên trước 30/11/2024.") are a bullet whose
# dash and first lines the OCR destroyed (thematic inspections (i)–(iv), a report by 30/11/2024). With no marker they
# continue 2.6.3 as the text stands; 2.6.3 keeps its own first deadline. **Alternative:** a task 2.6.4 of its own
# (KiemTraGiamSat, date 2024-11-30), +1.
add("2.6.3", "- Báo cáo tổng thể về tình hình", H, BC, dl=date("hoàn thành trước 15/10/2024", "2024-10-15"))
# 2.6.4: a database of refund firms with the Ban QLRR, the Vụ KK, the Cục CNTT (supports) and the local departments
# ("phôi hợp với các Cục Thuê địa phương", as written) → Khac. "(Báo cáo … việc triển khai trong tháng 10 và hoàn thành
# CSDL trong Quý 1/2025)" → period 2025-03-31 (the completion), **ambiguous** (alternative date 2024-10-31, the first
# report). The fragments "_ với DN hoàn thuê," / "_ rủi ro (trong năm 2024 và Quý 1/2025)." after it are remnants of a
# bullet the interleave lost (no action word of their own) → no task.
add("2.6.4", "- Cục TTKT chủ trì, phối hợp với Ban QLRR", H, K,
    support=["Ban QLRR", "Vụ KK", "Cục CNTT", "các Cục Thuê địa phương"],
    dl=D("period", "hoàn thành CSDL trong Quý 1/2025", "2025-03-31"), amb=True)
# 2.6.5: "¬ Phối hợp chặt chẽ với Văn phòng Bp để xin ý kiến … đối với hồ sơ Nghị định sửa Nghị định …; … hoàn thiện dự
# thảo Nghị định trình Bộ trình Chính phủ xem xét ban hành." → BanHanhVanBan; support as written "Văn phòng Bp" (OCR of
# "Văn phòng Bộ"; alternative that reading). "Bộ Tư pháp" is whose appraisal is sought: no owner.
add("2.6.5", "¬ Phối hợp chặt chẽ với Văn phòng", H, BH, support=["Văn phòng Bp"], after="¬ ")
# 2.6.6: report on the AI-for-inspections scheme → BaoCao.
add("2.6.6", "- Khẩn trương báo cáo việc xây dựng", H, BC)

# 2.7 Giao Vụ QLN
H = ["Vụ QLN"]
# 2.7.1: assess the debt, advise on directing the departments' collection and enforcement → ThamMuu, date 2024-10-15.
# The unmarked paragraph after it ("Day nhanh tiến độ các đoàn giám sát, doan công tác rà soát nợ sai, nợ ảo … (Tổng hợp
# báo cáo kết quả trước 30/10/2024)") continues it as the text stands (**alternative** a task of its own,
# KiemTraGiamSat, date 2024-10-30, +1).
add("2.7.1", "- Đánh giá kỹ tình hình nợ", H, TM, dl=date("báo cáo Tổng cục trước 15/10/2024", "2024-10-15"))
# 2.7.2: "- Khan trương hoàn thành các nội dung nhiệm vu" / "(a lý ảo, t" / "ong, -" — the rest lost → a task all the
# same (its verb and object stand), Khac.
add("2.7.2", "- Khan trương hoàn thành các nội dung", H, K)
# 2.7.3: with the local departments (support, "các Cục Thhế địa phương" as written), advise on the 2025 debt-collection
# targets → ThamMuu; "(Báo cáo Tổng cục trong tháng 12/2024)" → date, the month's last day.
add("2.7.3", "- Phối hợp chặt chẽ với các Cục Thhế", H, TM, support=["các Cục Thhế địa phương"],
    dl=date("trong tháng 12/2024", "2024-12-31"))

# 2.8 Giao Vụ KK&KTT
H = ["Vụ KK&KTT"]
# 2.8.1: follow the refund files in the provinces and urge their settlement → KiemTraGiamSat.
add("2.8.1", "- Tiếp tục bám sát tiến độ giải quyết", H, KT)
# 2.8.2: "Thường xuyên phối hợp chặt chẽ với Cục TTKT va các Cục Thuế địa phương … xử lý, tháo gỡ những khó khăn …" →
# supports "Cục TTKT", "các Cục Thuế địa phương"; Khac; ongoing. The parenthesis "(Vu KK Rớm đối thoại với công ty Lioa;
# Cục TTKT sớm tham mưu xử ly văn bản của Viện kiểm sát …)" gives examples of the cases: no owners of its own
# (**alternative** the Cục TTKT as a second lead).
add("2.8.2", "- Thường xuyên phối hợp chặt chẽ với Cục TTKT", H, K, support=["Cục TTKT", "các Cục Thuế địa phương"],
    dl=D("ongoing", "Thường xuyên"))
# 2.8.3: collect the units' comments on the tax-statistics scheme, complete it and report for issue → BanHanhVanBan.
add("2.8.3", "- Khan trương tổng hợp ý kiến tham gia", H, BH)

# 2.9 Giao Vụ DNNCN:
H = ["Vụ DNNCN"]
# 2.9.1: review its schemes and tasks, plan time and staff; report how by 15/10/2024 → Khac (alternative BaoCao).
add("2.9.1", "- Ra soát toàn bộ các dé án", H, K, dl=date("trước 15/10/2024", "2024-10-15"))
# 2.9.2: with the Cục CNTT, Cục TTKT, Cục DNL (supports) build the e-commerce database, report the review's results
# monthly, advise → Khac (a database); recurring month ("báo cáo kết quá rà soát hàng tháng").
add("2.9.2", "- Phối hợp với Cục CNTT, Cục TTKT, Cục DNL", H, K, support=["Cục CNTT", "Cục TTKT", "Cục DNL"],
    dl=D("recurring", "hàng tháng", None, "month"))
# 2.9.3: complete the scheme of an e-portal for e-commerce sellers' registration and returns → Khac (a system;
# alternative BanHanhVanBan, "phương án" as a text).
add("2.9.3", "- Khẩn trương thực hiện ý kiến chỉ đạo", H, K)
# 2.9.4: with the Cục TTKT (support), advise on solutions and a detailed plan against e-commerce revenue loss → ThamMuu.
# "triển khai quyết liệt trong những tháng cuỗi năm và cả năm 2025" is what the plan prepares for → null, **ambiguous**
# (alternative period 2025-12-31).
add("2.9.4", "- Phối hợp với Cục TTKT rà soát và tham mưu", H, TM, support=["Cục TTKT"], amb=True)
# 2.9.5: "Tham mưu Tổng cục chỉ đạo các Cục Thuế … hoàn thuế TNCN …. Đồng thời, Vụ DNNCN chủ | dong phối hợp với Cục
# CNTT và Vụ KK để nghiên cứu, xây dựng quy trình …" → supports "Cục CNTT", "Vụ KK"; ThamMuu (it leads; alternative
# BanHanhVanBan for the procedure).
add("2.9.5", "- Tham mưu Tổng cục chỉ đạo các Cục Thuế khan", H, TM, support=["Cục CNTT", "Vụ KK"])
# 2.9.6: follow the cash-register e-invoices, advise, "(Báo cáo hàng tuần)"; direct the provinces' plans for 2025 →
# KiemTraGiamSat (alternative ThamMuu); recurring week.
add("2.9.6", "- Tiếp tục theo dõi sát tình hình triển khai", H, KT, dl=D("recurring", "Báo cáo hàng tuần", None, "week"))
# 2.9.7: "- Đánh giá lại thực chat tình hình quản lý thuế đối vớiđ@anh ñghiệp nhỏ và:" (the colon is OCR noise; the
# sentence goes on after the page break: find the causes, propose how to deal with the group, advise … "(báo cáo Tông
# cục trước hgày 30/10/2024)") → BaoCao (an assessment; alternative ThamMuu), date 2024-10-30.
add("2.9.7", "- Đánh giá lại thực chat tình hình", H, BC, dl=date("trước hgày 30/10/2024", "2024-10-30"))
# 2.9.8: "- Phối họ ' 7" / "và thực hiện điêu chỉnh giảm kê hoạch kié" / "với Cục TTKT để rà soát at kế hoạch kiểm tra
# của Vu DNNCN" / … → with the Cục TTKT (support), review and reduce its inspection plan as the rules allow →
# BanHanhVanBan (a plan kept up to date; alternative KiemTraGiamSat). The first line has three words: the anchor comes
# from the next line.
add("2.9.8", "- Phối họ ' 7", H, BH, support=["Cục TTKT"])

# 2.10 Giao Cục Thuế DNL
H = ["Cục Thuế DNL"]
# 2.10.1 (judgement call): the heading is followed by an unmarked paragraph whose start the interleave lost ("Tổng công
# ty được giao quản lý. Trên cơ sở" / "› v.v; nguồn thu của các Tập đoàn," / "ló phôi hợp chặt chẽ, kịp thời với Vu" /
# "DT trong công tác tham mưu chỉ đạo điều hành thu, đảm bảo hoàn thành nhiệm" / "vụ thu ngân sách năm 2024 đã được
# giao."): work of its own under the heading → a task (path 2.10.1; **alternative** path 2.10, the heading's own text),
# support "Vu DT" (written over two lines, "với Vu" / "DT"), Khac. "nhiệm vụ thu ngân sách năm 2024" names the year's
# revenue task → null, **ambiguous** (alternative period 2024-12-31). Anchored on its fourth line, the first whole one.
add("2.10.1", None, H, K, support=["Vu DT"], amb=True, ln=L("DT trong công tác tham mưu chỉ đạo"))
# 2.10.2: "- Nghiên cứu, xem xét ý kiến chỉ dad của Lãnh đạo Bộ" … "kịp thời phát hiện dấu hiệu rủi ro, gian lận và xử lý
# nghiêm các trường hợp vi phạm theo đúng tinh thần chỉ đạo của Tổng cục (Báo cáo định kỳ hàng tháng)." →
# KiemTraGiamSat, recurring month.
add("2.10.2", "- Nghiên cứu, xem xét ý kiến", H, KT, dl=D("recurring", "Báo cáo định kỳ hàng tháng", None, "month"))

# 2.11 Giao Ban QLRR
H = ["Ban QLRR"]
# 2.11.1: "Ban QLRR chi trì, Vụ KK phối hợp …" → support "Vụ KK"; report the results of risk management in refunds and
# propose amending Quyết định 1388/QD-TCT → BanHanhVanBan (a proposal to amend a text).
add("2.11.1", "- Ban QLRR chi trì, Vụ KK phối hợp", H, BH, support=["Vụ KK"])
# 2.11.2: "- Khan trương hoàn thiện, báo cáo Té[ng cục triển khai chương trình tuân] thủ tự nguyện hỗ trợ hoàn thuê
# nhanh (thời [h]ạn 15/10/2024)." (interleaved) → Khac (a programme to run; alternative BanHanhVanBan). **Deadline
# (interleave):** "ạn 15/10/2024)." stands after 2.11.3's first line; it closes this bullet's "(thời" → date
# 2024-10-15, **ambiguous**.
add("2.11.2", "- Khan trương hoàn thiện, báo cáo Té", H, K, dl=date("(thời ạn 15/10/2024)", "2024-10-15"), amb=True)
# 2.11.3: report on the data-analysis and risk-management scheme (đề án 172) "báo cáo Tổng cục trước ngày 20/1" / "/2024."
# → BaoCao. The date as written is 20/1/2024, nine months before the notice (a digit seems lost: 20/10/2024); kept as
# written (contract: the time as written, even a date already past), **ambiguous** (alternative 2024-10-20).
add("2.11.3", "- Khan trương báo cáo Tổng cục về", H, BC, dl=date("trước ngày 20/1 /2024", "2024-01-20"), amb=True)
# 2.11.4: with the Cục TTKT (support), complete the data on average profit margins by sector for discussion → Khac.
add("2.11.4", "- Phối hợp với Cục TTKT tiếp tục", H, K, support=["Cục TTKT"])
# 2.11.5: "Tiếp tục phối hợp các đơn vị CS, TTKT, CNTT đánh giá, hoàn thiện phương án ngừng xuất hóa đơn … (thời han
# 20/10/2024)." → support the group as written, one owner ("đơn vị" is no head word of named bodies; **alternative**
# three supports); BanHanhVanBan (a phương án is a text; alternative KiemTraGiamSat); date 2024-10-20.
add("2.11.5", "- Tiếp tục phối hợp các đơn vị CS,", H, BH, support=["các đơn vị CS, TTKT, CNTT"],
    dl=date("(thời han 20/10/2024)", "2024-10-20"))
# 2.11.6: with the Cục CNTT (support), map the ecosystem of firms that left their address → Khac.
add("2.11.6", "- Phối hợp với Cục CNTT nghiên cứu", H, K, support=["Cục CNTT"])

# 2.12 Giao Vụ TCCB
H = ["Vụ TCCB"]
# 2.12.1: with the Vụ TCCB-BTC (support), answer on amending the decisions on the Tổng cục's functions → BanHanhVanBan
# (alternative ToChucBoMay).
add("2.12.1", "- Tiếp tục phối hợp với Vụ TCCB-BTC", H, BH, support=["Vụ TCCB-BTC"])
# 2.12.2: follow the schemes upgrading the Ban QLRR and keeping the tax school → ToChucBoMay.
add("2.12.2", "- Bám sát tiến độ triển khai Đề án", H, BM)
# 2.12.3: the 2024 recruits' decisions and probation; review the staffing quotas → ToChucBoMay ("kỳ tuyển dụng … năm
# 2024" names the exam: no deadline).
add("2.12.3", "- Tiếp tục triển khai các công việc đối với", H, BM)
# 2.12.4: complete and submit the rules on violations and sanctions in the sector for issue → BanHanhVanBan.
add("2.12.4", "- Hoàn thiện trình Tổng cục xem xét", H, BH)

# 2.13 Giao Cục KTNB
H = ["Cục KTNB"]
# 2.13.1: the remaining internal inspections of the 2024 plan and ten unannounced ones "(hoàn thành trong tháng
# 11/2024)" → KiemTraGiamSat, date 2024-11-30.
add("2.13.1", "- Tiếp tục triển khai các đoàn kiểm tra", H, KT, dl=date("hoàn thành trong tháng 11/2024", "2024-11-30"))
# 2.13.2: watch for flaws in management, analyse, propose, warn; prevent corruption → KiemTraGiamSat.
add("2.13.2", "- Chú động theo đối dé phát hiện", H, KT)
# 2.13.3: settle complaints and denunciations on time → Khac (alternative KiemTraGiamSat).
add("2.13.3", "- Tập trung xử lý, giải quyết hồ", H, K)
# 2.13.4: draw up an overall programme to carry out the Party's anti-corruption rules, thematic internal inspections →
# BanHanhVanBan (drafting a programme; alternative KiemTraGiamSat).
add("2.13.4", "- Xây dựng chương trình kế hoạch", H, BH)
# 2.13.5: "R Phối hợp Vu TCCH tham mưu luân chuyển CBCC …" (the dash read as "R") → support as written "Vu TCCH" (OCR of
# "Vụ TCCB"), ThamMuu (alternative ToChucBoMay).
add("2.13.5", "R Phối hợp Vu TCCH", H, TM, support=["Vu TCCH"], after="R ")

# 2.14 Giao Vụ TVQT
H = ["Vụ TVQT"]
# 2.14.1: follow and speed up public investment disbursement, procurement, equipment → Khac. The parenthesis "(Cục CNTT
# bám sát tiên độ liéh quan tới việc trang bị mua sắm máy tính …)" is an aside: no owner (**alternative** a second lead).
add("2.14.1", "- Tiếp tục theo dõi sát sao", H, K)
# 2.14.2: "Vụ TVQT chủ tri, Vụ TTHT và Van phòng phối hợp, …" → supports "Vụ TTHT", "Van phòng" (as written); the
# budget and tender for the 2025 calendars → Khac. "lịch Tết 2025" names the goods → no deadline.
add("2.14.2", "- Vụ TVQT chủ tri, Vụ TTHT", H, K, support=["Vụ TTHT", "Van phòng"])
# 2.14.3: review to draw up the 2025 expenditure estimate and the 2025-2027 financial plan → Khac (budgeting;
# alternative BanHanhVanBan). The years name the estimate and the plan → no deadline.
add("2.14.3", "- Ra soát, đánh giá để xây dựng dự toán", H, K)
# 2.14.4: prepare the papers for the State Audit of the 2023 finances; report open issues → Khac (alternative BaoCao).
add("2.14.4", "- Ra soát, chuẩn bị kỹ lưỡng tài liệu", H, K)

# 3. Tổ chức thực hiện: one paragraph → the numbered item is the task. "Định kỳ trước ngày 25 hàng tháng, cát Vụ, Cục, đơn
# vị thuộc cơ quan Tổng cục Thuế gửi báo cáo tiến độ … về Văn phòng …" → lead the units (one group under one determiner;
# the OCR "cát" read as "các", alternative as written), assigned (its own subject, the issuer's own units); BaoCao;
# recurring month, next due 2024-10-25 (after the notice's date). "Văn phòng" receives the reports: no owner.
add("3", "Định kỳ trước ngày 25 hàng tháng", ["các Vụ, Cục, đơn vị thuộc cơ quan Tổng cục Thuế"], BC,
    dl=D("recurring", "Định kỳ trước ngày 25 hàng tháng", "2024-10-25", "month"))
# "Tổng cục Thuế thông báo dé các Vụ| Cục, đơn vị được biết và triển khai thực hiện./." → the closing line for
# information: none.
write(SRC, doc, tasks)
