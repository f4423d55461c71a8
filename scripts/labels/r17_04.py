"""Blind labels for realdocs17 04: Quyết định 896/QĐ-TTg of the Thủ tướng Chính phủ (26/7/2022) approving the national
climate-change strategy to 2050. Điều 1 holds the strategy: I Bối cảnh, II Quan điểm, III Mục tiêu (no tasks), IV
"NHIỆM VỤ VÀ GIẢI PHÁP" (1 adaptation: a) and b) over "-" topic bullets with their paragraphs; 2 emission cuts: a) two
"- Đến năm …:" bullets, b) sector bullets, the energy one over two "+" bullets; 3 institutions and resources: a)-e)
over "-" bullets), V "TỔ CHỨC THỰC HIỆN" (owner headings 1-6 over "-" bullets, 7-9 paragraphs), VI "NGUỒN LỰC THỰC
HIỆN" (funding). Điều 2 effect and replacement, Điều 3 execution. Raw pdftotext layout: page numbers 2-22 on their own
lines, each after a form feed; no converter line. From Trangsct/skill-sct. Annotator annot19; see NOTES.md
(realdocs17)."""
from labelkit import T, D
from r17kit import A as _A, R, L as _L, write
SRC = "04_quyetdinh-chienluoc-896-QD-TTg-2022-chien-luoc-quoc-gia-bien-doi-khi-hau-2050.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
CP, B = "Chính phủ", "basis"
doc = {
  # A decision approving a strategy, read as the plan it approves (Điều 1 "Phê duyệt “Chiến lược …” … với những nội
  # dung chủ yếu sau:" over sections I-VI) → kind KeHoach, the strategy's own title (alternative: kind QuyetDinh,
  # title "Phê duyệt Chiến lược quốc gia về biến đổi khí hậu giai đoạn đến năm 2050", if a strategy is not a plan noun).
  "kind": "KeHoach", "number": "896/QĐ-TTg", "issuer": "Thủ tướng Chính phủ",
  "place": "Hà Nội", "issuedOn": "2022-07-26",
  "title": "Chiến lược quốc gia về biến đổi khí hậu giai đoạn đến năm 2050",
  "signer": {"name": "Lê Văn Thành", "position": "Phó Thủ tướng", "capacity": "KT. Thủ tướng"},
  "references": [
    # The laws (Luật Tổ chức Chính phủ and its amending law) are cited without numbers → none.
    R("NghiQuyet", "06/NQ-CP", "2021-01-21", CP, B),
    # Named inside 06's title in the same "Căn cứ" paragraph → basis (alternative mentions); 24-NQ/TW undated.
    R("NghiQuyet", "24-NQ/TW", None, "Ban Chấp hành Trung ương Đảng khóa XI", B),
    R("KetLuan", "56-KL/TW", "2019-08-23", "Bộ Chính trị", B),
    R("NghiQuyet", "50/NQ-CP", "2021-05-20", CP, B),
    # Điều 2: "… và thay thế Quyết định số 2139/QĐ-TTg ngày 05 tháng 12 năm 2011 của Thủ tướng Chính phủ …".
    R("QuyetDinh", "2139/QĐ-TTg", "2011-12-05", "Thủ tướng Chính phủ", "replaces"),
  ],
  "recipients": ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
                 "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                 "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương", "Văn phòng Trung ương và các Ban của Đảng",
                 "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước", "Hội đồng Dân tộc và các Ủy ban của Quốc hội",
                 "Văn phòng Quốc hội", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao",
                 "Cơ quan trung ương của các đoàn thể",
                 "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, Công báo", "Lưu: VT, NN (2b)."],
}
BH, TT, BM, KT, BC, TM, K = ("BanHanhVanBan", "TuyenTruyen", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ThamMuu",
                             "Khac")
# "Từ nay đến năm 2030, …" opens the second paragraph of most IV.1 bullets: a bound for part of the task → period
# 2030, marked ambiguous (alternative null: the bullet's first paragraph is open-ended).
Y2030 = lambda text="Từ nay đến năm 2030": D("period", text, "2030-12-31")
tasks = []
def add(path, sub, lead, sup, dl, cat, amb=None, mode=None):
    tasks.append(T(path, A(L(sub)), list(lead), list(sup), dl, cat, mode=mode, amb=amb))

# I BỐI CẢNH, II QUAN ĐIỂM (1-5), III MỤC TIÊU (general and specific targets, "- Đến năm 2030:" / "- Đến năm 2050:"
# over target paragraphs): views and targets → no tasks.
# IV NHIỆM VỤ VÀ GIẢI PHÁP. 1.a and 1.b: each "-" bullet names a topic (a sector, not one of the topics that hold no
# tasks) over paragraphs of work → one task per bullet, its paragraphs its text; no owner is named → lead [], mode null.
add("IV.1.a.1", "- Ngăn chặn tình trạng suy giảm, suy thoái", [], [], Y2030(), K, amb=True)
add("IV.1.a.2", "- Nông nghiệp và an ninh lương thực", [], [], Y2030(), K, amb=True)
add("IV.1.a.3", "- Rừng và các hệ sinh thái", [], [], Y2030(), K, amb=True)
add("IV.1.a.4", "- Phát triển hạ tầng thích ứng với biến đổi khí hậu", [], [], Y2030(), K, amb=True)
add("IV.1.a.5", "- Y tế và sức khỏe", [], [], Y2030(), K, amb=True)
# IV.1.a.6: livelihoods and awareness-raising for women and youth → Khac (TuyenTruyen the second).
add("IV.1.a.6", "- Bảo đảm an sinh xã hội và bình đẳng giới", [], [], Y2030(), K, amb=True)
add("IV.1.b.1", "- Dự báo và cảnh báo sớm", [], [], Y2030(), K, amb=True)
add("IV.1.b.2", "- Công trình phòng chống thiên tai", [], [], None, K)
# IV.1.b.3: "… trước năm 2030 cung cấp bảo hiểm rủi ro thiên tai …" bounds its last clause only → null (alternative
# period 2029-12-31, ambiguous).
add("IV.1.b.3", "- Bảo đảm an toàn tính mạng và tài sản người dân", [], [], None, K)
# IV.2.a: "- Đến năm 2030:" and "- Đến năm 2050:" over paragraphs → one task each, due at the year's end. 2.a.1's third
# paragraph has its own subject, "Các cơ quan nhà nước, tổ chức chính trị - xã hội, doanh nghiệp thực hiện các biện
# pháp giảm phát thải …" (one group under "Các") → that group leads the task (alternative lead []: the plans, the
# inventory and the quotas of its first paragraphs are nobody's in the text). Drafting and carrying out action plans
# lead both → BanHanhVanBan (alternative Khac). 2.a.2's "Mọi cơ sở thuộc khu vực công phải thực hiện kiểm kê …" → no
# owner ("Mọi cơ sở": facilities, not a body; alternative lead "Mọi cơ sở thuộc khu vực công").
add("IV.2.a.1", "- Đến năm 2030:", ["Các cơ quan nhà nước, tổ chức chính trị - xã hội, doanh nghiệp"], [],
    D("period", "Đến năm 2030", "2030-12-31"), BH)
add("IV.2.a.2", "- Đến năm 2050:", [], [], D("period", "Đến năm 2050", "2050-12-31"), BH)
# IV.2.b: "- Lĩnh vực năng lượng" is a heading over two "+" bullets (each over paragraphs) → the "+" bullets are the
# tasks; the other sector bullets are tasks themselves. Targets inside them ("Đến năm 2030, tỷ lệ …", "từ năm 2035")
# state aims, not deadlines → null.
add("IV.2.b.1.1", "+ Về cung cấp năng lượng:", [], [], None, K)
add("IV.2.b.1.2", "+ Về sử dụng năng lượng:", [], [], None, K)
add("IV.2.b.2", "- Lĩnh vực nông nghiệp", [], [], None, K)
add("IV.2.b.3", "- Lĩnh vực lâm nghiệp và sử dụng đất", [], [], None, K)
add("IV.2.b.4", "- Lĩnh vực chất thải", [], [], None, K)
add("IV.2.b.5", "- Lĩnh vực các quá trình công nghiệp", [], [], None, K)
# IV.3.a: policies, laws, plans, standards → BanHanhVanBan; "vào năm 2050" and "giai đoạn 2021 - 2030" name the goal
# and the plans' period → null.
add("IV.3.a.1", "- Xây dựng và hoàn thiện cơ chế, chính sách, pháp luật", [], [], None, BH)
add("IV.3.a.2", "- Xây dựng kế hoạch triển khai Tuyên bố Glasgow", [], [], None, BH)
add("IV.3.a.3", "- Hoàn thiện các quy định, quy trình, hướng dẫn kỹ thuật về giảm", [], [], None, BH)
add("IV.3.a.4", "- Xây dựng, hoàn thiện cơ chế phối hợp liên vùng", [], [], None, BH)
add("IV.3.a.5", "- Xây dựng và ban hành các chính sách khuyến khích", [], [], None, BH)
# IV.3.b: communication → TuyenTruyen (3.b.4, knowledge added to school curricula: TuyenTruyen, ToChucBoMay second).
add("IV.3.b.1", "- Đa dạng hóa phương thức thông tin", [], [], None, TT)
add("IV.3.b.2", "- Xây dựng và triển khai chương trình truyền thông quốc gia", [], [], None, TT)
add("IV.3.b.3", "- Bảo tồn, phát huy văn hóa truyền thống", [], [], None, TT)
add("IV.3.b.4", "- Bổ sung, nâng cao, cập nhật kiến thức", [], [], None, TT)
add("IV.3.b.5", "- Truyền thông, nâng cao nhận thức và thu hút sự tham gia", [], [], None, TT)
# IV.3.c: human resources → ToChucBoMay (3.c.3 "Nghiên cứu, khảo sát, thống kê số liệu, định kỳ dự báo nhu cầu …":
# "định kỳ" without a rhythm → null; Khac the second category).
add("IV.3.c.1", "- Xây dựng và triển khai chương trình tập huấn", [], [], None, BM)
add("IV.3.c.2", "- Tăng cường năng lực cho các doanh nghiệp", [], [], None, BM)
add("IV.3.c.3", "- Nghiên cứu, khảo sát, thống kê số liệu", [], [], None, BM)
add("IV.3.c.4", "- Phát triển đội ngũ chuyên gia chất lượng cao", [], [], None, BM)
# IV.3.d: science and technology → Khac; 3.d.1 (review mechanisms and policies) and 3.d.5 (standards) BanHanhVanBan.
add("IV.3.d.1", "- Rà soát, hoàn thiện cơ chế, chính sách liên quan", [], [], None, BH)
add("IV.3.d.2", "- Tổ chức nghiên cứu khoa học, ứng dụng và chuyển giao", [], [], None, K)
add("IV.3.d.3", "- Tăng cường nghiên cứu khoa học, phát triển", [], [], None, K)
add("IV.3.d.4", "- Ứng dụng hiệu quả các công nghệ điện toán", [], [], None, K)
add("IV.3.d.5", "- Nghiên cứu xây dựng bổ sung, cập nhật tiêu chuẩn", [], [], None, BH)
add("IV.3.d.6", "- Lồng ghép nghiên cứu các giải pháp", [], [], None, K)
# IV.3.đ "Huy động nguồn lực tài chính …": a heading of work (mobilising), not a funding field; its bullets review or
# draft mechanisms, procedures, policies and rules → BanHanhVanBan.
add("IV.3.đ.1", "- Rà soát, sửa đổi, bổ sung các cơ chế, chính sách tạo thuận lợi", [], [], None, BH)
add("IV.3.đ.2", "- Xây dựng quy trình phân bổ ngân sách nhà nước", [], [], None, BH)
add("IV.3.đ.3", "- Xây dựng, áp dụng chính sách khuyến khích", [], [], None, BH)
add("IV.3.đ.4", "- Rà soát, sửa đổi, bổ sung các cơ chế, chính sách tháo gỡ", [], [], None, BH)
add("IV.3.đ.5", "- Xây dựng các quy định, hướng dẫn thực hiện giám sát", [], [], None, BH)
# IV.3.e: international cooperation → Khac. 3.e.3's "Định kỳ cập nhật …" has no rhythm → null.
add("IV.3.e.1", "- Thúc đẩy hoạt động ngoại giao khí hậu", [], [], None, K)
add("IV.3.e.2", "- Thực hiện đầy đủ nghĩa vụ tại các điều ước quốc tế", [], [], None, K)
add("IV.3.e.3", "- Thúc đẩy hợp tác quốc tế trong nghiên cứu", [], [], None, K)

# V TỔ CHỨC THỰC HIỆN: owner headings over "-" bullets.
TNMT = ["Bộ Tài nguyên và Môi trường"]
BNDP = ["các bộ, ngành và địa phương"]
# V.1.1: support the ministries-and-agencies group and the provinces' committees (two owners: "các bộ, cơ quan ngang
# bộ, cơ quan thuộc Chính phủ" / "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"). Carrying out the
# strategy, with 5- and 10-year reviews → Khac (BaoCao second); "định kỳ sơ kết 5 năm, 10 năm": a rhythm the deadline
# kinds cannot write (no 5-year "every") → null, ambiguous.
add("V.1.1", "- Chủ trì, phối hợp với các bộ, cơ quan ngang bộ, cơ quan thuộc Chính", TNMT,
    ["các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"],
    None, K, amb=True)
# V.1.2: identifying programmes "trình Thủ tướng Chính phủ xem xét, quyết định" → ThamMuu (Khac second).
add("V.1.2", "- Chủ trì, phối hợp với các bộ, ngành và địa phương xác định", TNMT, BNDP, None, TM)
# V.1.3: "Chủ trì hướng dẫn, kiểm tra, giám sát, đánh giá và báo cáo Thủ tướng Chính phủ về tình hình thực hiện Chiến
# lược định kỳ hằng năm, 5 năm, 10 năm và tổng kết …" → BaoCao (KiemTraGiamSat second); recurring yearly, the shortest
# rhythm named, no day → due null.
add("V.1.3", "- Chủ trì hướng dẫn, kiểm tra, giám sát, đánh giá và báo cáo", TNMT, [],
    D("recurring", "định kỳ hằng năm", None, "year"), BC)
KHDT = ["Bộ Kế hoạch và Đầu tư"]
add("V.2.1", "- Chủ trì, phối hợp với các bộ, ngành và địa phương rà soát", KHDT, BNDP, None, BH)
add("V.2.2", "- Chủ trì rà soát, sửa đổi, bổ sung các cơ chế, chính sách về đầu tư", KHDT, [], None, BH)
# V.2.3: balancing central investment capital, mobilising donors → Khac.
add("V.2.3", "- Chủ trì, phối hợp với các bộ, ngành liên quan cân đối", KHDT, ["các bộ, ngành liên quan"], None, K)
BTC = ["Bộ Tài chính"]
# V.3.1: "phối hợp với các bộ, ngành, cơ quan liên quan" → one group; reviewing and submitting financial policies for
# approval → BanHanhVanBan (the owner reviews, adjusts and submits texts).
add("V.3.1", "- Chủ trì, phối hợp với các bộ, ngành, cơ quan liên quan rà soát", BTC, ["các bộ, ngành, cơ quan liên quan"],
    None, BH)
add("V.3.2", "- Căn cứ theo quy định pháp luật cân đối", BTC, [], None, K)
# V.4: "Các Bộ: Công Thương, Giao thông vận tải, Nông nghiệp và Phát triển" / "nông thôn, Xây dựng" — a heading wrapped
# over two lines, a plural head over named ministries → one owner each.
B4 = ["Bộ Công Thương", "Bộ Giao thông vận tải", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Xây dựng"]
add("V.4.1", "- Rà soát, sửa đổi, bổ sung các luật chuyên ngành, chiến lược, quy hoạch,", B4, [], None, BH)
# V.4.2: "Tăng cường năng lực triển khai Thỏa thuận Paris …. Hoàn thiện các quy định, quy trình, hướng dẫn kỹ thuật …"
# → BanHanhVanBan (ToChucBoMay second).
add("V.4.2", "- Tăng cường năng lực triển khai Thỏa thuận Paris", B4, [], None, BH)
add("V.4.3", "- Tổ chức thực hiện kiểm kê khí nhà kính cấp lĩnh vực", B4, [], None, K)
add("V.4.4", "- Xây dựng các tiêu chuẩn, quy chuẩn quốc gia về giảm phát thải", B4, [], None, BH)
B5 = ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]
# V.5.1 / V.6.1: "kế hoạch hành động … theo định kỳ 10 năm" → a 10-year rhythm no deadline kind writes → null.
add("V.5.1", "- Tổ chức xây dựng và ban hành kế hoạch hành động ứng phó với biến đổi", B5, [], None, BH)
add("V.5.2", "- Tổ chức triển khai, giám sát và đánh giá kết quả thực hiện", B5, [], None, K)
add("V.5.3", "- Chủ động xây dựng và triển khai thực hiện các hoạt động truyền thông", B5, [], None, TT)
B6 = ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
add("V.6.1", "- Tổ chức xây dựng và ban hành kế hoạch hành động ứng phó với biến đổi", B6, [], None, BH)
add("V.6.2", "- Phát huy tiềm năng, lợi thế của từng địa phương", B6, [], None, K)
# V.6.3: assessing impacts and checking the emitters' mitigation → KiemTraGiamSat (Khac second).
add("V.6.3", "- Tổ chức đánh giá tác động, tính dễ bị tổn thương", B6, [], None, KT)
add("V.6.4", "- Tổ chức triển khai và giám sát, đánh giá kết quả", B6, [], None, K)
# V.6.5: communication, training and restructuring the climate staff → TuyenTruyen (ToChucBoMay second).
add("V.6.5", "- Xây dựng và triển khai thực hiện các hoạt động truyền thông, nâng cao", B6, [], None, TT)
# V.7: "Các viện nghiên cứu, trường đại học căn cứ nhiệm vụ …, xây dựng, đề xuất … và thực hiện các nội dung nghiên cứu
# …" → one group under "Các"; research → Khac.
add("V.7", "7. Các viện nghiên cứu, trường đại học căn cứ", ["Các viện nghiên cứu, trường đại học"], [], None, K)
# V.8: "Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, tổ chức xã hội - nghề nghiệp, cộng đồng doanh nghiệp
# … chủ động tham gia …; tích cực phối hợp với các bộ, ngành, địa phương …" → two leads (the Front; the group under
# "các"), support the ministries-and-localities group; no "Đề nghị" → assigned (alternative requested, bodies outside
# the Government).
add("V.8", "8. Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị", ["Mặt trận Tổ quốc Việt Nam",
    "các tổ chức chính trị - xã hội, tổ chức xã hội - nghề nghiệp, cộng đồng doanh nghiệp"], ["các bộ, ngành, địa phương"],
    None, K)
# V.9 "Khuyến khích sự tham gia của các bên liên quan, bao gồm cộng đồng doanh nghiệp, …": an encouragement; those it
# names may take part, nobody is given work → no task (alternative: a task with no owner, Khac).
# VI NGUỒN LỰC THỰC HIỆN (funding, no task word): the opening sentence lists sources (none); VI.1 "Đối với nguồn vốn từ
# ngân sách nhà nước, thực hiện theo phân cấp …. Các bộ, ngành và địa phương căn cứ … để xây dựng các dự án đầu tư hoặc
# dự toán kinh phí …" names an owner → a task (Khac; BanHanhVanBan second); VI.2 "Đẩy mạnh việc huy động các nguồn lực
# tài chính …; lồng ghép các nhiệm vụ giao cho các bộ, ngành, địa phương …" names none (the bodies are an object) →
# none.
add("VI.1", "- Đối với nguồn vốn từ ngân sách nhà nước", ["Các bộ, ngành và địa phương"], [], None, K)
# Điều 2 (effect, replaces 2139/QĐ-TTg) and Điều 3 (execution clause) → none.
write(SRC, doc, tasks)
