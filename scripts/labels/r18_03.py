"""Blind labels for realdocs18 03: Công văn 4222/TCT-PC of the Tổng cục Thuế (09/11/2023) on discipline in issuing
guidance letters on tax obligations: addressees under "Kính gửi:" (three "-" bullets), the opening "Tổng cục Thuế yêu
cầu các Vụ, Cục, đơn vị thuộc Tổng cục Thuế và cơ quan Thuế các cấp thực hiện một số nội dung như sau:" over four topic
items: 1 "Một số lưu ý …:" (four "-" bullets, conditions "Khi/Trường hợp … thì <body> …", one continuation paragraph),
2 "Yêu cầu về : nội dung, trình tự, thủ tục và thể thức …:" ("- Về nội dung trả lời: …" over one "*" and two "+"
bullets; "- Về trình tự, thủ tục và thể thức …: Cơ quan Thuế các cấp …" with a paragraph over two "+" bullets), 3 and 4
paragraphs; a closing call. OCR of the signed PDF ("--- PAGE BREAK ---", misread letters), from
teije05-art/clone-pjj-tax-legal-22dec. Annotator annot20; see NOTES.md (realdocs18)."""
from labelkit import T
from r18kit import A as _A, R, L as _L, write
SRC = "03_congvan-4222-TCT-PC-2023-tang-cuong-ky-cuong-ban-hanh-cong-van-huong-dan-thue-ocr.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
M, TCTRG = "mentions", "Tổng cục trưởng Tổng cục Thuế"
doc = {
  "kind": "CongVan",
  # Written "số: 4222 /TCT -PC": spaces around "/" and before the dash dropped.
  "number": "4222/TCT-PC",
  # Header "BỘ TÀI CHÍNH" over "TỎNG CỤC THUÊ" (OCR, joined with the motto) → the general department, its name read
  # as the name (as in 02); alternative "Bộ Tài chính".
  "issuer": "Tổng cục Thuế",
  "place": "Hà Nội", "issuedOn": "2023-11-09",
  # The four "V/v …" lines joined, as written (OCR "ky cương" kept).
  "title": "V/v tăng cường ky cương, kỷ luật trong việc ban hành công văn hướng dẫn về CST, QLT liên quan đến nghĩa vụ "
           "thuế của NNT",
  # "Noi nhận: KT. TONG CỤC TRƯỞNG" / "- Như trên; — PHO TONG CUC TRUONG" / … / "Mai Son": capacity and title set beside
  # the recipients, read in title case (OCR lost the marks: alternative as written); the name as written (alternative
  # "Mai Sơn").
  "signer": {"name": "Mai Son", "position": "Phó Tổng cục trưởng", "capacity": "KT. Tổng cục trưởng"},
  "references": [
    # "Thực hiện chỉ đạo của Bộ Tài chính tại công văn số 11614/BTC-PC ngày 24/10/2023 …" → implements; the ministry
    # is named before the number ("của Bộ Tài chính tại công văn …").
    R("CongVan", "11614/BTC-PC", "2023-10-24", "Bộ Tài chính", "implements"),
    R("QuyetDinh", "2282/QĐ-TCT", "2017-12-31", TCTRG, M),
    R("NghiDinh", "30/2020/NĐ-CP", "2020-03-05", "Chính phủ", M),
    R("QuyetDinh", "1283/QD-TCT", "2020-09-22", TCTRG, M),
    R("QuyetDinh", "1295/QD-TCT", "2021-09-10", TCTRG, M),
  ],
  # Items under "Noi nhận:" (OCR "Noi"), the capacity and title on their lines no part; "- Vụ Pháp ché- BTC," ends in
  # a comma (dropped); the OCR tails " a" and "(ees 2®) <<" are no recipients.
  "recipients": ["Như trên", "Vụ Pháp ché- BTC", "D/e TCTrg TCT (dé b/c)", "Các đ/c Pho TCTrg TCT",
                 "Luu: VT, PC(Ib)."],
}
BH, TM, K = "BanHanhVanBan", "ThamMuu", "Khac"
tasks = []
def add(path, sub, lead, sup, cat, after=None):
    tasks.append(T(path, A(L(sub), after), list(lead), list(sup), None, cat))

# The "Kính gửi:" bullets are addressees → none. Every task below has its own subject (the body after "thì" in a
# sentence that opens with a condition, or the subject after a topic and its colon) → assigned, not the opening's
# "yêu cầu" (realdocs5 convention); the opening's bodies ("các Vụ, Cục, đơn vị thuộc Tổng cục Thuế", "cơ quan Thuế
# các cấp") lead none of them. No deadlines ("thời hạn xử lý theo quy định", "theo chế độ quy định" bound nothing).
# 1 "Một số lưu ý trong việc tiếp nhận và xử lý văn bản:" — a topic over work → its "-" bullets are tasks.
# 1.1: "Khi nhận được các vướng mắc … thì co quan tiếp nhận thực hiện xử lý theo quy định. Trường hợp … thì cơ quan tiếp
# nhận, xử lý phải yêu cầu người nộp thuế, cơ quan Thuế cấp dưới nêu rõ vướng mắc …" and the paragraph "Việc xử lý văn
# bản tại đơn vị chủ trì cần lưu ý đảm bảo về thời hạn xử lý …" (a continuation, part of 1.1). Lead the receiving body,
# written as the second sentence writes it (the OCR lost the first "cơ"'s mark: "co quan"); those it must ask are
# taxpayers and lower offices asked for information, no owners. Handling queries → Khac.
add("1.1", "- Khi nhận được các vướng mắc", ["cơ quan tiếp nhận"], [], K)
# 1.2: "… thì cơ quan Thuế quản lý trực tiếp hoặc cơ quan Thuế quản lý khoản thu được phân công quản lý đối với sắc thuế,
# khoản thu mà … có trách nhiệm nghiên cứu và hướng dẫn cho người nộp Thuế …" → two leads, each name to the end of its
# descriptor (**alternative** the second with its whole relative clause). Guidance to taxpayers → Khac (alt. TuyenTruyen).
add("1.2", "- Đối với trường hợp người nộp thuế", ["cơ quan Thuế quản lý trực tiếp", "cơ quan Thuế quản lý khoản thu"],
    [], K)
# 1.3: "… thì cơ quan Thuế cấp trên phải yêu cầu cơ quan quản lý thuế trực tiếp hoặc cơ quan Thuế quản lý khoản thu cung
# cấp các hồ sơ … để có căn cứ và thực hiện trả lời …" → lead the higher office: "phải yêu cầu" is its own duty (ask for
# the file, then answer), not an authority handing work on. **Alternative** by the letter of the "<X> yêu cầu <Y>" rule:
# leads the two bodies asked, required.
add("1.3", "- Trường hợp cơ quan. thuế quản lý trực tiếp", ["cơ quan Thuế cấp trên"], [], K)
# 1.4: "… thì văn bản hỏi của cơ quan Thuế cấp dưới … phải từ vướng mắc xảy ra trong thực tế …, trong đó phải nêu rõ …,
# Trường hợp văn bản hỏi không đảm bảo nội dung này thì Văn phòng, đơn vị được phân công chủ trì trả lời (thuộc Cục Thuế
# hoặc Tổng cục Thuế) trả văn bản về Chi cục Thuế hoặc Cục Thuế." The first clause's subject is a letter, not a body;
# the bodies that act are after the second "thì" → two leads (**alternative** lead "cơ quan Thuế cấp dưới", whose
# letters the requirement binds; or a group "Văn phòng, đơn vị được phân công chủ trì trả lời"). Khac.
add("1.4", "- Trường hợp cơ quan Thuế cấp dưới trong", ["Văn phòng", "đơn vị được phân công chủ trì trả lời"], [], K)
# 2 "Yêu cầu về : nội dung, trình tự, thủ tục và thể thức của văn bản hướng dẫn của cơ quan Thuế:" — a heading over what
# is required ("Yêu cầu về …"): its items, at any depth, are tasks only when they name an owner.
# 2.1 "- Về nội dung trả lời: Văn bản hướng dẫn của cơ quan Thuế phải đảm bảo theo đúng thẩm quyền …" (a letter's
# content, no owner; it has bullets) → none; 2.1.1 "* Nội dung hướng dẫn theo đúng các nội dung vướng mắc …" (no owner)
# → none.
# 2.1.2: "+ Trường hợp … đã được chính sách pháp luật quy định rõ ràng … thì cơ quan Thuế xử lý trả lời, hướng dẫn cụ thể
# …; không chỉ trích dẫn quy định pháp luật và đề nghị cơ quan Thuế, người nộp thuế nghiên cứu thực hiện." → lead "cơ
# quan Thuế" (the "đề nghị …" at the end is what the answer must not say, no owner). Khac.
add("2.1.2", "+ Trường hợp vướng mắc của người nộp thuế", ["cơ quan Thuế"], [], K, after="+ ")
# 2.1.3: "+ Trường hợp … chưa có quy định rõ ràng, cụ thể thì cơ quan Thuế khi nhận được vướng mắc phải nghiên cứu, báo
# cáo cấp có thẩm quyền giải quyết, để xem xét, xử lý và có trách nhiệm ghi nhận, tổng hợp các vướng mắc để kiến nghị
# với cơ quan có thẩm quyền sửa đổi, bổ sung các văn bản quy phạm pháp luật." → lead "cơ quan Thuế"; reporting a matter
# for the higher body to settle → ThamMuu (alternative BanHanhVanBan, for the proposal to amend the texts, or BaoCao).
add("2.1.3", "+ Trường hợp vướng mắc mà người nộp thuê", ["cơ quan Thuế"], [], TM, after="+ ")
# 2.2: "- Về trình tự, thủ tục và thể thức của văn bản: Cơ quan Thuế các cấp thực hiện các quy định về soạn thảo và ban
# hành văn bản theo đúng thẩm quyền, trình tự, … tại Nghị định số 30/2020/NĐ-CP …; Quy chế công tác văn thư …" (a topic
# before the colon, the subject after it; closed by a full stop) → a task, drafting and issuing texts → BanHanhVanBan.
# Its paragraph "Để thuận tiện cho tra cứu, cần lưu ý như sau:" and the two "+" bullets under it ("Tại phần “Trích yếu
# …”, cần nêu trích yếu cụ thể …", "Tại phần đầu nội dung văn bản hướng dẫn …, cần mô tả khái quát …") name no owner
# under a "Yêu cầu về" heading → none (**alternative** two tasks 2.2.1-2.2.2 led by "Cơ quan Thuế các cấp", +2).
add("2.2", "- Về trình tự, thủ tục và thể thức", ["Cơ quan Thuế các cấp"], [], BH, after=": ")
# 3 "Về việc lấy ý kiến trong quá trình trả lời (…):" — a numbered item without bullets: the item is the task, its two
# paragraphs its text ("Đơn vị chủ trì thực hiện lấy ý kiến tham gia của các đơn vị thì lưu ý chỉ gửi lấy ý kiến …";
# "Trường hợp … thì đơn vị chủ trì thực hiện lấy ý kiến của đơn vị đã tham mưu ban hành văn bản đó …") → lead "Đơn vị
# chủ trì", the units consulted no supports (objects of "lấy ý kiến"). Consulting → Khac.
add("3", "Đơn vị chủ trì thực hiện lấy ý kiến tham", ["Đơn vị chủ trì"], [], K)
# 4 "Về việc kiểm tra, rà soát văn bản sau khi ban hành:" — "Sau khi các văn bản hướng dẫn được đơn vị ký ban hành …,
# Thủ trưởng các đơn vị có trách nhiệm tự kiểm tra, rà soát … Trường hợp … Thủ trưởng các đơn vị có trách nhiệm chủ trì,
# phối hợp với các đơn vị có liên quan để báo cáo cấp có thẩm quyền phương án xử lý; đồng thời báo cáo kết quả …" → lead
# the subject after the opening adverbial, support after "phối hợp với". Reviewing the issued texts to correct them →
# BanHanhVanBan (the review rule: texts to amend; alternative KiemTraGiamSat).
add("4", "Sau khi các văn bản hướng dẫn được đơn", ["Thủ trưởng các đơn vị"], ["các đơn vị có liên quan"], BH)
# "Tổng cục Thuế đề nghị các Cục Thuế, Chi cục Thuế và các Vụ, Cục, đơn vị thuộc Tổng cục Thuế nghiêm túc triển khai
# thực hiện./." → a bare call, none.
write(SRC, doc, tasks)
