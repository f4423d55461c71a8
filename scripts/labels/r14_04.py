"""Blind labels for realdocs14 04: Quyết định 28/2025/QĐ-UBND of the Ủy ban nhân dân tỉnh Lào Cai (10/11/2025), a
normative decision on the decentralisation of food-safety management: Chương I (Điều 1 scope, 2 subjects, 3
principles), Chương II (Điều 4-7 "Phân cấp cho <body> thực hiện một số nhiệm vụ, quyền hạn sau" over numbered items;
Điều 8 "Trách nhiệm của các cơ quan": 1 the provincial committee a)-b), 2 the three departments and the commune
committees a)-e)), Chương III (Điều 9 effect and repeal, Điều 10 execution). Raw pdftotext layout (no converter line),
page numbers 2-7 with form feeds, a final form feed, the signer's name set among the recipients, from
Trangsct/skill-sct. Annotator annot16; see NOTES.md (realdocs14)."""
from labelkit import T
from r14kit import A as _A, R, L as _L, write
SRC = "04_quyetdinh-28-2025-QD-UBND-LaoCai-2025-phan-cap-quan-ly-an-toan-thuc-pham.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
CP = "Chính phủ"
NN = "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"
B = "basis"
doc = {
  "kind": "QuyetDinh", "number": "28/2025/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Lào Cai",
  "place": "Lào Cai", "issuedOn": "2025-11-10",
  "title": "Quy định về việc phân cấp quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh Lào Cai",
  "signer": {"name": "Trần Huy Tuấn", "position": "Chủ tịch", "capacity": "TM. Ủy ban nhân dân"},
  "references": [
    # The "Căn cứ" lines (basis), laws by number included, amending acts named after "bởi" without "của" (issuer null).
    R("Luat", "72/2025/QH15", None, None, B),
    R("Luat", "64/2025/QH15", None, None, B),
    R("Luat", "87/2025/QH15", None, None, B),
    R("Luat", "55/2010/QH12", None, None, B),
    R("Luat", "28/2018/QH14", None, None, B),
    R("NghiDinh", "78/2025/NĐ-CP", None, CP, B),
    R("NghiDinh", "187/2025/NĐ-CP", None, None, B),
    R("NghiDinh", "67/2016/NĐ-CP", None, CP, B),
    R("NghiDinh", "155/2018/NĐ-CP", None, None, B),
    # 15/2018/NĐ-CP: dated in Điều 3 ("Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ"): one reference.
    R("NghiDinh", "15/2018/NĐ-CP", "2018-02-02", CP, B),
    R("NghiDinh", "17/2020/NĐ-CP", None, CP, B),
    R("NghiDinh", "131/2025/NĐ-CP", None, CP, B),
    R("NghiDinh", "139/2025/NĐ-CP", None, CP, B),
    R("ThongTu", "17/2018/TT-BNNPTNT", None, NN, B),
    R("ThongTu", "43/2018/TT-BCT", None, "Bộ trưởng Bộ Công Thương", B),
    R("ThongTu", "38/2018/TT-BNNPTNT", None, NN, B),
    R("ThongTu", "17/2024/TT-BNNPTNT", None, None, B),
    R("ThongTu", "17/2025/TT-BNNMT", None, "Bộ trưởng Bộ Nông nghiệp và Môi trường", B),
    # "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 129/TTr-SYT ngày 21 tháng 10 năm 2025" (earlier labels: a
    # Tờ trình is kind Other, its Sở the issuer, mentions).
    R("Other", "129/TTr-SYT", "2025-10-21", "Sở Y tế"),
    # Điều 9.2: "Các quyết định sau đây hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực" -> replaces
    # (alternative mentions); "Uỷ ban nhân dân" written "Ủy".
    R("QuyetDinh", "08/2021/QĐ-UBND", "2021-06-14", "Ủy ban nhân dân tỉnh Yên Bái", "replaces"),
    R("QuyetDinh", "45/2024/QĐ-UBND", "2024-11-12", "Ủy ban nhân dân tỉnh Lào Cai", "replaces"),
  ],
  "recipients": ["Chính phủ", "Các Bộ: Y tế, Công Thương, Nông nghiệp và MT",
                 "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ tư pháp", "TT: TU, HĐND, UBND tỉnh",
                 "Đoàn Đại biểu Quốc hội tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Chủ tịch, các PCT UBND tỉnh",
                 "Như Điều 10 Quyết định", "Sở Tư pháp", "Báo và Phát thanh, truyền hình",
                 "Cổng thông tin điện tử tỉnh", "Lãnh đạo Văn phòng UBND tỉnh", "Lưu: VT, VX, KT."],
}
KT, BC, TT, BM, K = "KiemTraGiamSat", "BaoCao", "TuyenTruyen", "ToChucBoMay", "Khac"
tasks = []
def add(path, sub, cat, lead, sup=(), anchor=None):
    ln = L(sub)
    tasks.append(T(path, anchor or A(ln), list(lead), list(sup), None, cat))
# Điều 1-3 (scope, subjects, principles): no tasks.
# Điều 4-7: "Phân cấp cho <body> thực hiện một số nhiệm vụ, quyền hạn sau" names the body its items are given to ->
# each numbered item a task led by it, assigned (main call; alternative: standing competences, no tasks).
SYT = ["Sở Y tế"]
add("4.1", "1. Quản lý an toàn thực phẩm trong suốt quá trình sản xuất", K, SYT)
add("4.2", "2. Quản lý an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống do cơ", K, SYT)
add("4.3", "3. Quản lý an toàn thực phẩm đối với bếp ăn tập thể", K, SYT)
add("4.4", "4. Cấp Giấy chứng nhận cơ sở đủ điều kiện", K, SYT)
# 4.5's two lines stand word for word in 5.2 (and its first in 7.5 up to "đối với"): no unique window; its anchor keeps
# the item number and also stands in 7.5 -> a shared anchor (the first occurrence after 4.4 is 4.5's).
add("4.5", "5. Tổ chức tiếp nhận bản tự công bố sản phẩm", K, SYT,
    anchor="5. Tổ chức tiếp nhận bản tự công bố sản phẩm đối")
add("4.6", "6. Chủ trì, phối hợp với các cơ quan liên quan tổ chức", K, SYT, ["các cơ quan liên quan"])
add("4.7", "7. Tổ chức kiểm tra, giám sát an toàn thực phẩm", KT, SYT)
NNMT = ["Sở Nông nghiệp và Môi trường"]
add("5.1", "1. Quản lý an toàn thực phẩm trong suốt quá trình sản xuất", K, NNMT)
# 5.2 and 5.3: windows that keep the item number (the words after it stand in 4.5 and 7.4).
add("5.2", "2. Tổ chức tiếp nhận bản tự công bố sản phẩm", K, NNMT,
    anchor="2. Tổ chức tiếp nhận bản tự công bố sản phẩm đối")
add("5.3", "3. Quản lý và xác nhận bản cam kết", K, NNMT,
    anchor="3. Quản lý và xác nhận bản cam kết sản xuất,")
SCT = ["Sở Công Thương"]
add("6.1", "1. Quản lý an toàn thực phẩm trong suốt quá trình sản xuất", K, SCT)
add("6.2", "2. Quản lý an toàn thực phẩm đối với siêu thị", K, SCT)
add("6.3", "3. Quản lý và tiếp nhận bản cam kết", K, SCT)
add("6.4", "4. Tổ chức tiếp nhận bản tự công bố sản phẩm", K, SCT)
add("6.5", "5. Thực hiện việc kiểm tra phòng chống thực phẩm giả", KT, SCT)
add("6.6", "6. Chủ trì kiểm tra, giám sát đối với hoạt động kinh doanh", KT, SCT)
# Điều 7's body: "Ủy ban nhân dân cấp xã" (the short name Điều 1 sets for "Ủy ban nhân dân các xã, phường").
XA = ["Ủy ban nhân dân cấp xã"]
add("7.1", "1. Quản lý an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống của", K, XA)
add("7.2", "2. Cấp Giấy chứng nhận cơ sở đủ điều kiện", K, XA)
add("7.3", "3. Quản lý an toàn thực phẩm đối với cơ sở chế biến", K, XA)
add("7.4", "4. Quản lý và xác nhận bản cam kết", K, XA)
add("7.5", "5. Tổ chức tiếp nhận bản tự công bố sản phẩm", K, XA)
add("7.6", "6. Quản lý an toàn thực phẩm tại các chợ", K, XA)
add("7.7", "7. Quản lý đối với các cơ sở sản xuất", K, XA)
add("7.8", "8. Quản lý và tiếp nhận bản cam kết", K, XA)
add("7.9", "9. Tổ chức tiếp nhận bản tự công bố sản phẩm", K, XA)
add("7.10", "10. Tổ chức thực hiện các biện pháp phòng ngừa", K, XA)
add("7.11", "11. Kiểm tra, giám sát đảm bảo an toàn thực phẩm", KT, XA)
# Điều 8 "Trách nhiệm của các cơ quan": "1. Trách nhiệm của Ủy ban nhân dân tỉnh:" (the issuer itself) and "2. Trách
# nhiệm của Sở Y tế, Sở Công Thương, Sở Nông nghiệp và Môi trường, Uỷ ban nhân dân cấp xã:" name their items' leads.
TINH = ["Ủy ban nhân dân tỉnh"]
add("8.1.a", "a) Chịu trách nhiệm bảo đảm các điều kiện cần thiết", K, TINH)
add("8.1.b", "b) Theo dõi, hướng dẫn, kiểm tra việc thực hiện", KT, TINH)
BON = ["Sở Y tế", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã"]
# 8.2.a "Chịu trách nhiệm trước pháp luật, trước Ủy ban nhân dân tỉnh về kết quả …": accountability, kept as the
# article's item (alternative: no task, r3-03's reading of "chịu trách nhiệm trực tiếp trước Chính phủ").
add("8.2.a", "a) Chịu trách nhiệm trước pháp luật, trước Ủy ban nhân dân", K, BON)
# 8.2.b "Định kỳ báo cáo …" (no rhythm given -> no deadline); its second sentence names three of the four.
add("8.2.b", "b) Định kỳ báo cáo, đánh giá việc thực hiện", BC, BON)
add("8.2.c", "c) Tổ chức bồi dưỡng nâng cao chất lượng nhân lực", BM, BON)
add("8.2.d", "d) Xử lý vi phạm pháp luật về an toàn thực phẩm", KT, BON)
add("8.2.đ", "đ) Tuyên truyền phổ biến kiến thức về an toàn thực phẩm", TT, BON)
add("8.2.e", "e) Chỉ đạo, hướng dẫn về chuyên môn nghiệp vụ", BM, BON)
# Điều 9 (effect, the two repealed decisions, the rule on replaced texts) and Điều 10 (execution clause): no tasks.
write(SRC, doc, tasks, shared=("4.5",))
