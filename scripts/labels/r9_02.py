"""Blind labels for realdocs9 02: the Kế hoạch quốc gia thích ứng với biến đổi khí hậu giai đoạn 2021 - 2030, tầm nhìn
đến năm 2050 (cập nhật), attached to Quyết định 1422/QĐ-TTg of the Prime Minister (19/11/2024). Only the plan is in the
text (no decision articles, no signature, no task appendix): I targets, II NHIỆM VỤ, GIẢI PHÁP (three groups, lettered
items over "-" bullets, no owners), III phases, IV monitoring, V funding, VI four owner headings. pdftotext layout text
with a converter line ("Cơ quan phát hành: Chính phủ"), from Trangsct/skill-sct. Annotator annot11; see NOTES.md
(realdocs9)."""
from labelkit import T, D
from r9kit import A as _A, R, L as _L, write
SRC = "02_kehoach-1422-QD-TTg-ThuTuong-2024-thich-ung-bien-doi-khi-hau.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
doc = {
  "kind": "KeHoach", "number": "1422/QĐ-TTg", "issuer": "Thủ tướng Chính phủ", "place": None,
  "issuedOn": "2024-11-19",
  "title": "Thích ứng với biến đổi khí hậu giai đoạn 2021 - 2030, tầm nhìn đến năm 2050 (cập nhật)",
  "signer": {"name": None, "position": None, "capacity": None},
  "references": [
    R("Luat", "72/2020/QH14", "2020-11-17", "Quốc hội", "implements"),
    R("NghiQuyet", "93/NQ-CP", "2016-10-31", "Chính phủ", "implements"),
    R("QuyetDinh", "896/QĐ-TTg", "2022-07-26", "Thủ tướng Chính phủ", "implements"),
    R("QuyetDinh", "888/QĐ-TTg", "2022-07-25", "Thủ tướng Chính phủ", "implements"),
  ],
  "recipients": [],
}
K, BH, TT, BM, KT, BC = "Khac", "BanHanhVanBan", "TuyenTruyen", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
P2030 = lambda: D("period", "Giai đoạn đến năm 2030", "2030-12-31")
# II: subjectless bullets under topic headings, no owner anywhere above -> lead [], mode null. The numbered groups'
# lead-in paragraphs ("Nâng cao khả năng chống chịu … thông qua …") are not tasks; lettered items without bullets
# (II.1.b, II.1.e) are tasks themselves.
II = [
  ("II.1.a.1", "- Triển khai thực hiện quy hoạch tài nguyên nước", K),
  ("II.1.a.2", "- Đẩy mạnh tìm kiếm, thăm dò, khai thác nguồn", K),
  ("II.1.a.3", "- Khuyến khích tổ chức, cá nhân đầu tư nghiên cứu", K),
  ("II.1.a.4", "- Theo dõi, giám sát, đánh giá tài nguyên nước", KT),
  ("II.1.a.5", "- Khai thác hợp lý, hiệu quả diện tích đất", K),
  ("II.1.a.6", "- Quản lý chặt chẽ các nguồn tài nguyên khoáng sản", K),
  ("II.1.b", "Triển khai các giải pháp nông nghiệp thông minh", K),
  ("II.1.c.1", "- Bảo vệ nghiêm ngặt rừng tự nhiên hiện có; tăng", K),
  ("II.1.c.2", "- Quản lý các hệ sinh thái; tăng cường", K),
  ("II.1.c.3", "- Thiết lập, mở rộng và tăng cường chất lượng", K),
  ("II.1.d.1", "- Quy hoạch, đầu tư phát triển cơ sở hạ tầng", K),
  ("II.1.d.2", "- Phát triển đô thị, hạ tầng đô thị thích ứng", K),
  ("II.1.d.3", "- Xây dựng, nâng cấp, cải tạo các cơ sở y tế", K),
  ("II.1.d.4", "- Nâng cấp, cải tạo các công trình giao thông", K),
  ("II.1.d.5", "- Xây dựng, nâng cấp hệ thống tiêu thoát nước", K),
  ("II.1.d.6", "- Tăng cường năng lực, cơ sở hạ tầng cung cấp", K),
  ("II.1.đ.1", "- Phát triển mạng lưới y tế, chăm sóc sức khỏe", K),
  ("II.1.đ.2", "- Phát triển hệ thống giám sát và cảnh báo sớm", K),
  ("II.1.e", "Phát triển các mô hình sinh kế bền vững", K),
  ("II.2.a.1", "- Tăng cường đầu tư, nâng cấp, hiện đại hóa", K),
  ("II.2.a.2", "- Ứng dụng các công nghệ dự báo tiên tiến", K),
  ("II.2.a.3", "- Tăng cường năng lực truyền tin thiên tai", K),
  ("II.2.a.4", "- Điều tra, đánh giá mức độ tác động", K),
  ("II.2.a.5", "- Cải thiện hệ thống quản lý rủi ro thiên tai", K),
  ("II.2.b.1", "- Củng cố, nâng cấp, hoàn thiện hệ thống đê", K),
  ("II.2.b.2", "- Xây dựng, củng cố công trình phòng, chống sạt lở", K),
  ("II.2.b.3", "- Hình thành hệ thống kiểm soát, hạn chế lũ lụt", K),
  ("II.2.b.4", "- Tăng cường năng lực phòng chống lũ quét", K),
  ("II.2.b.5", "- Hỗ trợ đầu tư xây dựng, nâng cấp, sửa chữa", K),
  ("II.2.c.1", "- Quy hoạch, đầu tư, bố trí di dời", K),
  ("II.2.c.2", "- Tăng cường các biện pháp bảo đảm an toàn", K),
  ("II.2.c.3", "- Tăng cường năng lực cho các lực lượng tìm kiếm", BM),
  ("II.2.c.4", "- Thực hiện các chương trình phục hồi sau thiên tai", K),
  ("II.2.c.5", "- Triển khai các giải pháp giảm thiểu tổn thất", K),
  ("II.3.a.1", "- Tiếp tục hoàn thiện các quy định pháp luật", BH),
  ("II.3.a.2", "- Hoàn thiện các quy định quản lý hoạt động", BH),
  ("II.3.a.3", "- Xây dựng cơ chế phối hợp liên vùng", BH),
  ("II.3.a.4", "- Xây dựng cơ chế, chính sách phát triển tín dụng", BH),
  ("II.3.a.5", "- Nâng cao tiêu chuẩn phòng, chống thiên tai", BH),
  ("II.3.a.6", "- Cập nhật, hoàn thiện hệ thống giám sát và đánh giá", K),
  ("II.3.b.1", "- Đa dạng hóa và nâng cao chất lượng truyền thông", TT),
  ("II.3.b.2", "- Xây dựng và triển khai các hoạt động truyền thông", TT),
  ("II.3.b.3", "- Bảo tồn, phát huy văn hóa truyền thống", TT),
  ("II.3.b.4", "- Phát huy vai trò của các cơ quan truyền thông", TT),
  ("II.3.b.5", "- Nâng cao nhận thức các cấp, các ngành", TT),
  ("II.3.c.1", "- Xây dựng và triển khai chương trình giáo dục", BM),
  ("II.3.c.2", "- Xây dựng và triển khai chương trình tập huấn", BM),
  ("II.3.c.3", "- Tăng cường đào tạo nâng cao năng lực", BM),
  ("II.3.d.1", "- Củng cố, xây dựng tiềm lực khoa học", K),
  ("II.3.d.2", "- Đề xuất, xây dựng chính sách thu hút doanh nghiệp", BH),
  ("II.3.d.3", "- Thúc đẩy nghiên cứu, phát triển và ứng dụng", K),
  ("II.3.d.4", "- Nghiên cứu khoa học, phát triển và chuyển giao", K),
  ("II.3.d.5", "- Nghiên cứu khoa học phục vụ sử dụng hợp lý", K),
  ("II.3.d.6", "- Ứng dụng công nghệ và đổi mới sáng tạo", K),
  ("II.3.d.7", "- Nghiên cứu xây dựng bổ sung, cập nhật tiêu chuẩn", BH),
  ("II.3.d.8", "- Xây dựng và phổ biến, nhân rộng các hoạt động", K),
  ("II.3.đ.1", "- Ưu tiên bố trí nguồn lực đầu tư", K),
  ("II.3.đ.2", "- Rà soát, hoàn thiện cơ chế, chính sách thu hút", BH),
  ("II.3.đ.3", "- Chủ động tiếp cận và huy động nguồn vốn", K),
  ("II.3.đ.4", "- Thu hút sự tham gia của khối tư nhân", K),
  ("II.3.e.1", "- Thực hiện đầy đủ nghĩa vụ quốc gia", K),
  ("II.3.e.2", "- Định kỳ cập nhật, triển khai thực hiện Đóng góp", BC),
  ("II.3.e.3", "- Tăng cường hợp tác quốc tế với các nước", K),
  ("II.3.e.4", "- Thúc đẩy hợp tác nghiên cứu, ứng dụng", K),
  ("II.3.e.5", "- Tăng cường năng lực các cơ quan trong nước", BM),
]
tasks = [T(p, A(L(s)), [], [], None, c) for p, s, c in II]
# III CÁC GIAI ĐOẠN THỰC HIỆN: phase bullets read as tasks (label 01_552's roadmap convention); each takes the phase's
# period, marked ambiguous. III.2 (two unnumbered paragraphs of a vision to 2050) is one task whose own text names the
# period ("Giai đoạn sau năm 2030 cho đến năm 2050").
III1 = [
  ("III.1.1", "- Xây dựng, hoàn thiện thể chế, chính sách và pháp luật", BH),
  ("III.1.2", "- Xây dựng và định kỳ cập nhật báo cáo", BC),
  ("III.1.3", "- Triển khai, nhân rộng các mô hình canh tác", K),
  ("III.1.4", "- Sử dụng hiệu quả và ngăn chặn tình trạng suy giảm", K),
  ("III.1.5", "- Nâng cao năng lực giám sát biến đổi khí hậu", K),
  ("III.1.6", "- Nâng cấp, cải tạo hệ thống cơ sở hạ tầng", K),
  ("III.1.7", "- Tăng cường nguồn lực cho thích ứng", K),
  ("III.1.8", "- Thúc đẩy các hành động thích ứng mang lại", K),
]
tasks += [T(p, A(L(s)), [], [], P2030(), c, amb=True) for p, s, c in III1]
tasks.append(T("III.2", A(L("Giai đoạn sau năm 2030 cho đến năm 2050")), [], [],
               D("period", "Giai đoạn sau năm 2030 cho đến năm 2050", "2050-12-31"), K))
# IV GIÁM SÁT VÀ ĐÁNH GIÁ: bullet 1 states how the plan is monitored (no action, no owner) -> no task.
tasks.append(T("IV.2", A(L("- Các bộ, ngành và Ủy ban nhân dân các tỉnh")),
               ["Các bộ, ngành", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], [], None, KT))
# V KINH PHÍ THỰC HIỆN: a funding statement naming no owner -> no task.
# VI TỔ CHỨC THỰC HIỆN: four owner headings.
TN, KH, TC = "Bộ Tài nguyên và Môi trường", "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
tasks += [
  # "định kỳ 5 năm sơ kết": a five-year rhythm has no `every` value -> null, ambiguous (alternative recurring).
  T("VI.1.1", A(L("- Chủ trì, phối hợp với các bộ, ngành liên quan, Ủy ban")), [TN],
    ["các bộ, ngành liên quan", UBT], None, KT, amb=True),
  T("VI.1.2", A(L("- Chủ trì, phối hợp với các bộ, ngành, Ủy ban nhân dân")), [TN], ["các bộ, ngành", UBT], None, KT),
  T("VI.1.3", A(L("- Phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Tài chính")), [TN],
    [KH, TC, "các bộ, ngành liên quan"], None, BH),
  T("VI.2.1", A(L("- Chủ trì, phối hợp với các cơ quan liên quan rà soát")), [KH], ["các cơ quan liên quan"], None, K),
  T("VI.2.2", A(L("- Chủ trì xây dựng các cơ chế, chính sách và triển khai")), [KH], [], None, BH),
  # VI.3: one paragraph under the heading; "cân đối kinh phí thường xuyên hằng năm" -> recurring year, ambiguous.
  T("VI.3", A(L("Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường và các bộ")), [TC],
    [TN, "các bộ, cơ quan trung ương"], D("recurring", "hằng năm", None, "year"), K, amb=True),
]
# VI.4: heading "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung
# ương" (wrapped over two lines) -> two owners (the group under "Các", and the provinces' Ủy ban: labels 18/19 style).
G4 = ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", UBT]
tasks += [
  T("VI.4.1", A(L("- Bố trí nguồn lực và chủ động triển khai")), G4, [], None, K),
  T("VI.4.2", A(L("- Rà soát các quy hoạch, kế hoạch phát triển của ngành")), G4, [], None, BH),
  T("VI.4.3", A(L("- Đẩy mạnh các hoạt động tuyên truyền nâng cao")), G4, [], None, TT),
  T("VI.4.4", A(L("- Thực hiện giám sát và đánh giá các hoạt động")), G4, [],
    D("recurring", "định kỳ hằng năm báo cáo tình hình thực hiện, gửi về Bộ Tài nguyên và Môi trường trước ngày 25 tháng 12",
      "2024-12-25", "year"), KT),
  # VI.4.5: its own subject (the same bodies, lower case) and a second sentence's "các bộ, ngành, địa phương có trách
  # nhiệm bố trí kinh phí"; "được giao hàng năm" qualifies the budget -> null, ambiguous.
  T("VI.4.5", A(L("- Căn cứ nội dung Kế hoạch quốc gia thích ứng")),
    ["các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", UBT, "các bộ, ngành, địa phương"], [], None, BH, amb=True),
]
write(SRC, doc, tasks)
