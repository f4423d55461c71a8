"""Blind labels for realdocs14 01: Nghị quyết 12/NQ-CP of the Government (07/02/2023) issuing its Chương trình hành
động to carry out Nghị quyết 15-NQ/TW of the Politburo on the development of the capital Hà Nội to 2030 (read as the
programme it issues: kind KeHoach, as r10-03's 88/NQ-CP). Resolution (Điều 1-3), then the programme: I MỤC ĐÍCH, YÊU
CẦU (with the targets of 4); II NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (an opening naming "các bộ, cơ quan ngang bộ, cơ quan
thuộc Chính phủ, Ủy ban nhân dân thành phố Hà Nội", eight numbered groups, lettered sub-groups, "-" bullets); III TỔ
CHỨC THỰC HIỆN (three "Đối với …" owner headings, three numbered paragraphs); PHỤ LỤC: a task table flattened to
" | " rows (TT / task / lead / support / time of submission / level / product) with roman group rows (their title
repeated in every cell) and rows renumbered in each group. Web text held as a Python string in a Kafka test script
(library file id 59844022092), the code's quoting stripped. Annotator annot16; see NOTES.md (realdocs14)."""
from labelkit import T, D
from r14kit import A as _A, R, L as _L, CA, write
SRC = "01_nghiquyet-chuongtrinh-12-NQ-CP-2023-thuc-hien-NQ15-TW-phat-trien-Thu-do-Ha-Noi.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "KeHoach", "number": "12/NQ-CP", "issuer": "Chính phủ", "place": "Hà Nội", "issuedOn": "2023-02-07",
  "title": "CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 15-NQ/TW NGÀY 05 THÁNG 5 NĂM 2022 CỦA BỘ CHÍNH TRỊ VỀ PHƯƠNG HƯỚNG, "
           "NHIỆM VỤ PHÁT TRIỂN THỦ ĐÔ HÀ NỘI ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045",
  "signer": {"name": "Phạm Minh Chính", "position": "Thủ tướng", "capacity": "TM. Chính phủ"},
  "references": [
    # Title "THỰC HIỆN NGHỊ QUYẾT SỐ 15-NQ/TW …" (also the third "Căn cứ") -> implements (r10-03's reading).
    R("NghiQuyet", "15-NQ/TW", "2022-05-05", "Bộ Chính trị", "implements"),
    # II.4.a.3: "Quyết định số 768/QĐ-TTg ngày 06/5/2016" approved by the Thủ tướng Chính phủ.
    R("QuyetDinh", "768/QĐ-TTg", "2016-05-06", "Thủ tướng Chính phủ"),
    # II.5.2: "Nghị quyết số 88/NQ-CP ngày 13/9/2017 của Chính phủ … thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2017 của
    # Bộ Chính trị …"; II.5.3 "Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị".
    R("NghiQuyet", "88/NQ-CP", "2017-09-13", "Chính phủ"),
    R("ChiThi", "12-CT/TW", "2017-01-05", "Bộ Chính trị"),
    R("NghiQuyet", "12-NQ/TW", "2022-03-16", "Bộ Chính trị"),
    # II.6.b.2: "Nghị định số 91/2021/NĐ-CP ngày 21 tháng 10 năm 2021 của Chính phủ".
    R("NghiDinh", "91/2021/NĐ-CP", "2021-10-21", "Chính phủ"),
    # II.8.2 "Nghị quyết số 97/2019/QH14 của Quốc hội" (no date there; the table row PL1.I.4 gives 27/11/2019);
    # II.8.3 "Nghị quyết số 115/2020/QH14 ngày 19/6/2020 của Quốc hội".
    R("NghiQuyet", "97/2019/QH14", "2019-11-27", "Quốc hội"),
    R("NghiQuyet", "115/2020/QH14", "2020-06-19", "Quốc hội"),
  ],
  "recipients": ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
                 "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "HĐND, UBND các tỉnh, thành phố trực thuộc TW",
                 "Văn phòng Trung ương, các ban của Đảng", "Văn phòng Tổng bí thư", "Văn phòng Chủ tịch nước",
                 "Hội đồng Dân tộc, các Ủy ban của Quốc hội", "Văn phòng Quốc hội", "Tòa án nhân dân tối cao",
                 "Viện kiểm soát nhân dân tối cao", "Kiểm toán nhà nước",
                 "Cơ quan Trung ương Mặt trận Tổ quốc Việt Nam", "Cơ quan Trung ương của các đoàn thể",
                 "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục", "Lưu: VT, QHĐP (3)Q.Cường."],
}
BH, TT, KT, BC, TM, BM, PT, K = ("BanHanhVanBan", "TuyenTruyen", "KiemTraGiamSat", "BaoCao", "ThamMuu", "ToChucBoMay",
                                  "ToChucPhongTrao", "Khac")
HN = "Ủy ban nhân dân thành phố Hà Nội"
# II's opening: "… các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân thành phố Hà Nội cần cụ thể hóa
# và tổ chức triển khai thực hiện các nhiệm vụ, giải pháp sau đây:" -> the two owners of every II item that names none
# (judgement call, NOTES.md; alternative lead [] as r10-03's II).
OPEN = ["các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", HN]
Y = lambda txt, y: D("period", txt, f"{y}-12-31")
tasks = []
def add(path, sub, cat, lead=None, sup=(), dl=None, amb=None, mode=None):
    lead = OPEN if lead is None else lead
    tasks.append(T(path, A(L(sub)), list(lead), list(sup), dl, cat, mode=mode, amb=amb))
# Điều 1 issues the programme, Điều 2 effect, Điều 3 execution clause: no tasks. I MỤC ĐÍCH, YÊU CẦU (1-3 and the
# targets of 4 a-b): none.
add("II.1.1", "- Các bộ, ngành, Ủy ban nhân dân thành phố Hà Nội và cả nước", TT, ["Các bộ, ngành", HN])
add("II.1.2", "- Công tác tuyên truyền về Nghị quyết cần được tiến hành", TT)
add("II.1.3", "- Các bộ, cơ quan liên quan và tỉnh, thành phố trong cả nước", TT,
    ["Các bộ, cơ quan liên quan", "tỉnh, thành phố trong cả nước"], ["các cơ quan thông tấn, báo chí"])
add("II.1.4", "- Tăng cường thông tin, tuyên truyền đối ngoại", TT)
# 2.a: a lettered item with its own sentences ending "Cụ thể:" over four bullets -> the bullets are the tasks
# (alternative: a) a task too, +1).
add("II.2.a.1", "- Hình thành và phát triển các mô hình kinh tế mới", K)
add("II.2.a.2", "- Phát triển mạnh các loại dịch vụ trình độ chất lượng cao", K)
add("II.2.a.3", "- Tiếp tục thực hiện việc cơ cấu lại ngành công nghiệp", K)
add("II.2.a.4", "- Cơ cấu lại ngành nông nghiệp theo hướng", K)
add("II.2.b", "b) Tập trung nguồn lực để đầu tư phát triển", K)
add("II.2.c.1", "- Cơ cấu lại, đổi mới doanh nghiệp nhà nước", K)
add("II.2.c.2", "- Phát triển đầy đủ, đồng bộ các thị trường", K)
add("II.2.c.3", "- Tạo dựng môi trường đầu tư, kinh doanh thuận lợi", K)
add("II.2.c.4", "- Phát triển khu vực kinh tế tập thể", K)
add("II.2.c.5", "- Chủ động thu hút đầu tư trực tiếp nước", K)
add("II.3.a.1", "- Nghiên cứu, xây dựng cơ chế, chính sách để có nguồn lực", BH)
add("II.3.a.2", "- Triển khai chương trình nghiên cứu khoa học xã hội", K)
add("II.3.a.3", "- Phát huy hiệu quả, giá trị mô hình Hà Nội", K)
add("II.3.a.4", "- Đẩy mạnh phát triển các ngành công nghiệp văn hóa", K)
# 3.b: own sentences over two bullets -> the bullets (as 2.a).
add("II.3.b.1", "- Nghiên cứu xây dựng phát triển các cơ sở đào tạo", BM)
add("II.3.b.2", "- Phấn đấu phát triển giáo dục nghề nghiệp Thủ đô", K)
add("II.3.c.1", "- Xây dựng môi trường số kết nối", K)
add("II.3.c.2", "- Thí điểm hợp tác đầu tư, hỗ trợ hình thành", K)
# "Đến năm 2030, Thủ đô Hà Nội nằm trong nhóm dẫn đầu …": the city's ranking aimed at, not the work's deadline.
add("II.3.c.3", "- Tiếp tục tập trung đầu tư xây dựng, phát triển Khu công nghệ cao", K, amb=True)
add("II.3.c.4", "- Tiếp cận và tận dụng tối đa cơ hội", K)
add("II.3.c.5", "- Xây dựng chương trình trọng điểm phát triển doanh nghiệp", BH)
add("II.3.c.6", "- Phát triển Sàn giao dịch công nghệ Hà Nội", K)
add("II.3.c.7", "- Tăng cường đầu tư, hợp tác quốc tế trong phát triển khoa học", K)
add("II.3.d.1", "- Đầu tư các bệnh viện đa khoa, chuyên khoa", K)
add("II.3.d.2", "- Phát triển hệ thống y tế phổ cập", K, dl=Y("Năm 2025", 2025))
add("II.3.đ.1", "- Phát triển hệ thống an sinh xã hội toàn diện", K)
# "trợ cấp xã hội thường xuyên" names a kind of allowance, not a rhythm of work -> no deadline.
add("II.3.đ.2", "- Thực hiện đồng bộ các chính sách xã hội", K)
add("II.3.đ.3", "- Khuyến khích các doanh nghiệp, tổ chức, cá nhân trong và ngoài nước", K)
add("II.3.đ.4", "- Thực hiện các giải pháp giải quyết việc làm", K)
add("II.3.đ.5", "- Thực hiện tốt công tác dân tộc", K)
add("II.3.đ.6", "- Xây dựng các cơ sở, mô hình tập luyện", K)
# "Quy hoạch Thủ đô Hà Nội thời kỳ 2021 - 2030", "kế hoạch sử dụng đất 05 năm giai đoạn 2021-2025": names, no deadline.
add("II.4.a.1", "- Khẩn trương hoàn thành việc lập Quy hoạch Thủ đô", BH)
add("II.4.a.2", "- Rà soát, hoàn thành điều chỉnh tổng thể Quy hoạch chung", BH)
add("II.4.a.3", "- Phối hợp với các địa phương trong vùng Thủ đô Hà Nội", BH,
    sup=["các địa phương trong vùng Thủ đô Hà Nội"])
add("II.4.a.4", "- Đẩy nhanh việc lập kế hoạch sử dụng đất", BH)
add("II.4.a.5", "- Khẩn trương xây dựng và triển khai hiệu quả các quy hoạch phân khu", BH)
add("II.4.a.6", "- Phối hợp với các bộ, ngành và các địa phương trong vùng", BH,
    sup=["các bộ, ngành", "các địa phương trong vùng"])
add("II.4.a.7", "- Tổ chức, rà soát, điều chỉnh các đồ án quy hoạch", BH)
add("II.4.a.8", "- Tổ chức lập và sớm hoàn thành các quy hoạch bảo tồn", BH)
add("II.4.a.9", "- Xây dựng hệ thống dữ liệu về quy hoạch", K)
add("II.4.b.1", "- Đẩy nhanh tiến độ hoàn thành xây dựng các tuyến đường", K)
add("II.4.b.2", "- Tập trung nguồn lực đầu tư hạ tầng logistics", K)
# "trước năm 2027" (Vành đai 4; "trước năm 2030" for Vành đai 5) -> the first, date 2026-12-31 (realdocs10's reading
# of "trước năm N"), ambiguous.
add("II.4.b.3", "- Phấn đấu hoàn thành đường Vành đai 4", K, dl=D("date", "trước năm 2027", "2026-12-31"), amb=True)
add("II.4.b.4", "- Nghiên cứu, đề xuất xây dựng mô hình thành phố trực thuộc", TM)
add("II.4.c.1", "- Nghiên cứu tăng tỷ lệ đất phát triển đô thị", K, dl=Y("đến năm 2025", 2025), amb=True)
add("II.4.c.2", "- Từng bước tạo ra chùm đô thị", K)
add("II.4.c.3", "- Xây dựng hạ tầng đô thị thông minh với ứng dụng", K)
add("II.4.c.4", "- Đẩy mạnh xã hội hóa đầu tư, huy động", K)
add("II.4.c.5", "- Thường xuyên cải tạo, chỉnh trang, phục hồi", K, dl=D("ongoing", "Thường xuyên"))
add("II.4.c.6", "- Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý đô thị", K)
add("II.4.d.1", "- Nghiên cứu, đề xuất các giải pháp cụ thể triển khai", TM)
# "hướng tới mục tiêu trung hòa các-bon vào năm 2050": a horizon, no deadline.
add("II.4.d.2", "- Xây dựng và phát triển các mô hình kinh tế tuần hoàn", K)
add("II.4.d.3", "- Thực hiện các giải pháp nâng cao chất lượng dịch vụ đô thị", K, dl=Y("vào năm 2025", 2025), amb=True)
add("II.4.d.4", "- Rà soát các dự án đã được giao đất", KT)
add("II.4.d.5", "- Tăng cường quản lý và bảo vệ nguồn nước", K)
add("II.4.d.6", "- Dự báo và xây dựng kế hoạch hành động ứng phó", BH)
add("II.4.d.7", "- Đẩy mạnh và nâng cao hiệu lực, hiệu quả công tác xây dựng", K)
add("II.4.d.8", "- Tăng cường công tác thanh tra, kiểm tra giám sát", KT)
add("II.4.d.9", "- Sau khi di dời các nhà máy, trường đại học", K)
add("II.5.1", "- Tiếp tục xây dựng Thủ đô Hà Nội là thành phố hòa bình", K)
add("II.5.2", "- Tiếp tục thực hiện hiệu quả Nghị quyết số 88/NQ-CP", K)
add("II.5.3", "- Thực hiện tốt quy hoạch tổng thể bố trí quốc phòng", K)
add("II.5.4", "- Bảo vệ tuyệt đối an toàn các mục tiêu, sự kiện", K)
add("II.5.5", "- Bảo vệ chủ quyền số quốc gia", K)
add("II.5.6", "- Tiếp tục làm tốt công tác tuyên truyền, giáo dục", TT)
add("II.6.a.1", "- Bám sát và triển khai hiệu quả đường lối đối ngoại", K)
add("II.6.a.2", "- Đẩy mạnh hội nhập quốc tế, tạo sức bật mới", K)
add("II.6.a.3", "- Chủ động tham gia làm cầu nối hữu nghị", K)
add("II.6.a.4", "- Đẩy mạnh và nâng cao chất lượng, hiệu quả hội nhập", K)
add("II.6.a.5", "- Tăng cường hợp tác với các đô thị, các tổ chức quốc tế", K)
add("II.6.a.6", "- Nâng cao năng lực, chất lượng hội nhập quốc tế", K)
# Own subject "Thành phố Hà Nội" (the city, as written; alternative the opening's Ủy ban nhân dân thành phố Hà Nội).
add("II.6.a.7", "- Thành phố Hà Nội nghiên cứu, xây dựng tiêu chí", BH, ["Thành phố Hà Nội"])
add("II.6.a.8", "- Hỗ trợ, tạo điều kiện để các tổ chức quốc tế", K)
add("II.6.a.9", "- Chủ động tham mưu, đề xuất sáng kiến đăng cai", TM)
add("II.6.a.10", "- Vận động, thu hút viện trợ phát triển", K)
add("II.6.b.1", "- Phát huy vai trò đầu tàu dẫn dắt", K)
# Its second sentence has its own subject "Các địa phương trong vùng cùng với Hà Nội chủ động xây dựng …" -> a third
# lead beside the opening's two (alternative: the opening's two only).
add("II.6.b.2", "- Đẩy mạnh các hoạt động phối hợp theo Nghị định", K, OPEN + ["Các địa phương trong vùng"])
add("II.6.b.3", "- Phối hợp với các địa phương liên quan rà soát", BH, sup=["các địa phương liên quan"])
add("II.7.1", "- Ủy ban nhân dân thành phố Hà Nội chủ động tổ chức học tập", TT, [HN])
add("II.7.2", "- Nâng cao chất lượng hiệu quả công tác cải cách hành chính", K)
add("II.7.3", "- Nghiên cứu xây dựng tổ chức bộ máy chính quyền Thủ đô", BM)
# "Thường xuyên lắng nghe …" is the second of its three sentences -> ongoing, ambiguous (alternative null).
add("II.7.4", "- Tổ chức tốt công tác tiếp dân, xử lý đơn", K, dl=D("ongoing", "Thường xuyên"), amb=True)
add("II.8.1", "- Khẩn trương tổng kết việc thi hành Luật Thủ đô", BC)
add("II.8.2", "- Sơ kết, tổng kết việc thí điểm tổ chức mô hình", BC)
add("II.8.3", "- Tổng kết việc thí điểm một số cơ chế, chính sách tài chính", BC)
add("II.8.4", "- Rà soát, sửa đổi, bổ sung và đề xuất các văn bản", BH)
add("II.8.5", "- Đẩy mạnh công tác đối ngoại, hội nhập quốc tế; chủ động", K)
add("II.8.6", "- Tổ chức rà soát, xây dựng và hoàn thiện khung khổ pháp lý", BH)
add("II.8.7", "- Xây dựng cơ chế, chính sách huy động tối đa", BH)
add("II.8.8", "- Xây dựng cơ chế, chính sách ưu đãi thu hút nguồn lực xã hội", BH)
add("II.8.9", "- Xây dựng các cơ chế, chính sách hỗ trợ ưu đãi", BH)
add("II.8.10", "- Xây dựng chính sách ứng dụng công nghệ số", BH)
# III.1 "Đối với các bộ, ngành, cơ quan thuộc Chính phủ" (owner heading), an intro paragraph ending "… một số nội dung
# cụ thể sau:" (no task; alternative: its "chủ động phối hợp thường xuyên với thành phố Hà Nội" as one), four bullets.
BN = ["các bộ, ngành, cơ quan thuộc Chính phủ"]
add("III.1.1", "- Xây dựng và ban hành kế hoạch thực hiện Nghị quyết", BH, BN)
add("III.1.2", "- Căn cứ Phụ lục kèm theo, giao nhiệm vụ cụ thể", BH, BN)
add("III.1.3", "- Tăng cường theo dõi, đôn đốc, kiểm điểm", KT, BN, dl=D("recurring", "định kỳ hàng năm", every="year"))
add("III.1.4", "- Các bộ, ngành khác có liên quan chủ động phối hợp", K, ["Các bộ, ngành khác có liên quan"],
    [HN, "các bộ, ngành, địa phương liên quan"])
# III.2 "Đối với Thủ đô Hà Nội": the heading's owner as written (alternative Ủy ban nhân dân thành phố Hà Nội).
TD = ["Thủ đô Hà Nội"]
add("III.2.1", "- Tập trung khẩn trương chỉ đạo các sở, ban, ngành", BH, TD)
add("III.2.2", "- Chủ động phát triển quan hệ liên kết, trao đổi", K, TD)
add("III.2.3", "- Định kỳ hàng năm, đánh giá tình hình thực hiện", BC, TD,
    dl=D("recurring", "Định kỳ hàng năm", every="year"))
# III.3: owner heading over one paragraph with its own subject -> the item.
add("III.3", "Các tỉnh, thành phố trong cả nước, nhất là các tỉnh", K, ["Các tỉnh, thành phố trong cả nước"])
# III.4 "Trong quá trình tổ chức thực hiện, nếu thấy cần sửa đổi, bổ sung … kịp thời đề xuất … gửi Bộ Kế hoạch và
# Đầu tư …": the closing notice (label 16's V reading of "nếu thấy cần sửa đổi, bổ sung … đề xuất"), no task.
add("III.5", "5. Đề nghị các cơ quan của Đảng, Quốc hội", KT,
    ["các cơ quan của Đảng, Quốc hội, Mặt trận Tổ quốc Việt Nam", "các tổ chức chính trị - xã hội"],
    ["cơ quan hành chính nhà nước các cấp"], mode="requested")
add("III.6", "6. Bộ Thông tin và Truyền thông chủ trì", TT, ["Bộ Thông tin và Truyền thông"],
    ["Ban Tuyên giáo Trung ương", "các cơ quan thông tấn, báo chí", "các bộ, ngành trung ương và địa phương"])
# PHỤ LỤC: roman group rows (title repeated in every cell) are no tasks; rows renumbered in each group -> "PL1.I.1"
# (label 19's form). Cells: "UBND TP Hà Nội" expanded; "Các bộ, ngành, UBND TP Hà Nội và các đơn vị liên quan" ->
# three owners (a second determiner ends the group); "Các Bộ: Quốc phòng, Xây dựng, …, Nông nghiệp và PTNT và các đơn
# vị liên quan" -> one Bộ per name (PTNT expanded) and the units. The time column is "Thời gian trình".
S1 = ["Các bộ, ngành", HN, "các đơn vị liên quan"]
S2 = [HN, "các đơn vị liên quan"]
S3 = ["Các cơ quan liên quan", HN]
S4 = ["Các bộ ngành", HN, "các đơn vị liên quan"]
def row(path, sub, cell, cat, lead, sup, dl):
    ln = L(sub)
    tasks.append(T(path, CA(SRC, ln, cell), lead, sup, dl, cat))
row("PL1.I.1", "1 | Báo cáo tổng kết thi hành Luật Thủ đô", "Báo cáo tổng kết thi hành Luật Thủ đô", BC,
    ["Bộ Tư pháp"], S1, Y("2022", 2022))
row("PL1.I.2", "2 | Hồ sơ đề nghị xây dựng Luật Thủ đô", "Hồ sơ đề nghị xây dựng Luật Thủ đô (sửa đổi)", BH,
    ["Bộ Tư pháp"], S1, Y("2022", 2022))
row("PL1.I.3", "3 | Dự án Luật Thủ đô (sửa đổi)", "Dự án Luật Thủ đô (sửa đổi)", BH, ["Bộ Tư pháp"], S1,
    Y("2024", 2024))
row("PL1.I.4", "4 | Báo cáo sơ kết thí điểm", "Báo cáo sơ kết thí điểm tổ chức mô hình chính quyền đô thị", BC,
    ["Bộ Nội vụ"], S2, Y("2023", 2023))
row("PL1.I.5", "5 | Báo cáo tổng kết thí điểm cơ chế", "Báo cáo tổng kết thí điểm cơ chế, chính sách tài chính", BC,
    ["Bộ Tài chính"], S2, Y("2025", 2025))
row("PL1.II.1", "1 | Đề án cơ cấu lại hệ thống", "Đề án cơ cấu lại hệ thống các cơ sở nghiên cứu khoa học", BH,
    ["Bộ Khoa học và Công nghệ"], S3, Y("2023", 2023))
row("PL1.II.2", "2 | Đề án phát triển một số viện nghiên cứu", "Đề án phát triển một số viện nghiên cứu hàng đầu", BH,
    ["Bộ Khoa học và Công nghệ"], S3, Y("2023", 2023))
row("PL1.II.3", "3 | Đề án phát triển, nâng cao chất lượng", "Đề án phát triển, nâng cao chất lượng các trường đại học",
    BH, ["Bộ Giáo dục và Đào tạo"], S3, Y("2023", 2023))
row("PL1.II.4", "4 | Đầu tư xây dựng một số cơ sở nghiên cứu", "Đầu tư xây dựng một số cơ sở nghiên cứu và chuyển giao",
    K, ["Bộ Y tế"], ["Các bộ, ngành", "các đơn vị liên quan"], Y("2022-2030", 2030))
row("PL1.II.5", "5 | Đề án xây dựng không gian sáng tạo", "Đề án xây dựng không gian sáng tạo, Trung tâm công nghiệp",
    BH, ["Bộ Văn hóa, Thể thao và Du lịch"], S3, Y("2024-2026", 2026))
row("PL1.III.1", "1 | Quy hoạch Thủ đô Hà Nội thời kỳ", "Quy hoạch Thủ đô Hà Nội thời kỳ 2021 - 2030", BH, [HN],
    ["Bộ Kế hoạch và Đầu tư", "các cơ quan liên quan"], D("period", "Quý II/2023", "2023-06-30"))
row("PL1.III.2", "2 | Kế hoạch di dời các cơ sở giáo dục", "Kế hoạch di dời các cơ sở giáo dục đại học", BH,
    ["Bộ Giáo dục và Đào tạo"], S4, Y("2023", 2023))
row("PL1.III.3", "3 | Kế hoạch di dời các bệnh viện", "Kế hoạch di dời các bệnh viện ra khỏi trung tâm", BH,
    ["Bộ Y tế"], S4, Y("2023", 2023))
row("PL1.III.4", "4 | Kế hoạch di dời các trụ sở", "Kế hoạch di dời các trụ sở của bộ, ban, ngành trung ương", BH,
    ["Bộ Xây dựng", "Bộ Tài nguyên và Môi trường"], S4, Y("2023", 2023))
row("PL1.III.5", "5 | Nghiên cứu, xác định vị trí", "Nghiên cứu, xác định vị trí và các chỉ tiêu quy hoạch", TM,
    ["Bộ Giao thông Vận tải"], ["Bộ Quốc phòng", "Bộ Xây dựng", "Bộ Tài nguyên và Môi trường",
                                 "Bộ Nông nghiệp và Phát triển nông thôn", "các đơn vị liên quan"], Y("2026-2030", 2030))
row("PL1.III.6", "6 | Thẩm định các đồ án quy hoạch", "Thẩm định các đồ án quy hoạch chuyên ngành hạ tầng kỹ thuật", BH,
    ["Bộ Xây dựng"], S3, Y("2022-2023", 2023))
row("PL1.III.7", "7 | Thẩm định nhiệm vụ và đồ án", "Thẩm định nhiệm vụ và đồ án điều chỉnh tổng thể", BH,
    ["Bộ Xây dựng"], S3, Y("2022-2024", 2024))
row("PL1.IV.1", "1 | Thành lập và ban hành quy chế", "Thành lập và ban hành quy chế hoạt động", BM,
    ["Bộ Kế hoạch và Đầu tư"], ["Các bộ ngành và địa phương liên quan"], Y("2022", 2022))
row("PL1.IV.2", "2 | Báo cáo tổng kết huy động", "Báo cáo tổng kết huy động và sử dụng các nguồn lực", BC,
    ["Bộ Kế hoạch và Đầu tư"], S4, Y("2023", 2023))
write(SRC, doc, tasks)
