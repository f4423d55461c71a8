"""Blind labels for realdocs18 01: Quyết định 40/2026/QĐ-UBND of the Ủy ban nhân dân tỉnh Lào Cai (31/5/2026), a normative
decision decentralising land-law powers: Điều 1 scope and subjects, Điều 2 principles, Điều 3 "Thẩm quyền của Ủy ban nhân
dân cấp tỉnh phân cấp cho Chủ tịch Ủy ban nhân dân cấp xã" over sixteen numbered powers (item 3 with three exceptions
a)-c)), Điều 4 procedures to apply (a list of decisions a)-h)), Điều 5 effect and transition, Điều 6 execution. docx text
with the converter's first line, header and signature cells joined by " | ", from Trangsct/skill-sct. Annotator
annot20; see NOTES.md (realdocs18)."""
from labelkit import T
from r18kit import A as _A, R, L as _L, write
SRC = "01_quyetdinh-40-2026-QD-UBND-LaoCai-2026-phan-cap-tham-quyen-dat-dai.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
CP, B, M = "Chính phủ", "basis", "mentions"
BNNMT, UBT = "Bộ Nông nghiệp và Môi trường", "Ủy ban nhân dân tỉnh"
doc = {
  # A normative decision that issues no plan → QuyetDinh; paths "Điều.khoản(.điểm)" as r14-04.
  "kind": "QuyetDinh", "number": "40/2026/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Lào Cai",
  "place": "Lào Cai", "issuedOn": "2026-05-31",
  # The title line under "QUYẾT ĐỊNH", in capitals as written.
  "title": "PHÂN CẤP THẨM QUYỀN THỰC HIỆN MỘT SỐ NHIỆM VỤ TRONG LĨNH VỰC ĐẤT ĐAI TRÊN ĐỊA BÀN TỈNH LÀO CAI",
  # "- Lưu: VT, TNMT (Quyết). | TM. ỦY BAN NHÂN DÂN " / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "" / "Nguyễn Thành Sinh":
  # capacity the KT. line (realdocs15 03 / r17-03 convention), the TM. line a cell joined to the last recipient.
  "signer": {"name": "Nguyễn Thành Sinh", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    # "Căn cứ" lines: laws by number without "của" → issuer null; amending acts after "bởi" → issuer null.
    R("Luat", "72/2025/QH15", None, None, B),
    R("Luat", "64/2025/QH15", None, None, B),
    R("Luat", "87/2025/QH15", None, None, B),
    # "Luật Đất đai số 31/2024/QH15" (cited again throughout Điều 3 as "Luật số 31/2024/QH15": one reference).
    R("Luat", "31/2024/QH15", None, None, B),
    R("Luat", "43/2024/QH15", None, None, B),
    R("NghiQuyet", "254/2025/QH15", None, "Quốc hội", B),
    R("NghiDinh", "78/2025/NĐ-CP", None, CP, B),
    R("NghiDinh", "187/2025/NĐ-CP", None, None, B),
    R("NghiDinh", "88/2024/NĐ-CP", None, CP, B),
    R("NghiDinh", "101/2024/NĐ-CP", None, CP, B),
    # 102/2024/NĐ-CP: also in Điều 3.11 ("102/2024/NĐ- CP") and 3.15 → one reference.
    R("NghiDinh", "102/2024/NĐ-CP", None, CP, B),
    # Written "49/2026/NĐ - CP" in the "Căn cứ" (spaces around the dash dropped); dated in Điều 1.1 ("Nghị định số
    # 49/2026/NĐ-CP ngày 31/01/2026 của Chính phủ").
    R("NghiDinh", "49/2026/NĐ-CP", "2026-01-31", CP, B),
    # "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 347/TTr-SNNMT ngày 11 tháng 5 năm 2026":
    # a Tờ trình is Other, mentions (earlier labels); issuer the words after "của" (r17-03; alternative "Sở Nông
    # nghiệp và Môi trường", as r14-04 wrote it).
    R("Other", "347/TTr-SNNMT", "2026-05-11", "Giám đốc Sở Nông nghiệp và Môi trường", M),
    # Điều 2.1: "Nghị quyết số 190/2025/QH15 của Quốc hội" → mentions.
    R("NghiQuyet", "190/2025/QH15", None, "Quốc hội", M),
    # Điều 4.1 a)-h): the decisions whose procedures apply → mentions (alternative basis); undated; "của Ủy ban nhân
    # dân tỉnh" as written.
    R("QuyetDinh", "2304/QĐ-BNNMT", None, BNNMT, M),
    R("QuyetDinh", "3380/QĐ-BNNMT", None, BNNMT, M),
    R("QuyetDinh", "2151/QĐ-UBND", None, UBT, M),
    R("QuyetDinh", "2457/QĐ-UBND", None, UBT, M),
    R("QuyetDinh", "873/QĐ-UBND", None, UBT, M),
    R("QuyetDinh", "1014/QĐ-UBND", None, UBT, M),
    R("QuyetDinh", "1373/QĐ-UBND", None, UBT, M),
    R("QuyetDinh", "1983/QĐ-UBND", None, UBT, M),
  ],
  "recipients": ["Văn phòng Chính phủ", "Vụ Pháp chế, Bộ Nông nghiệp và Môi trường",
                 "Cục KTVB & Tổ chức thi hành PL, Bộ Tư pháp", "Thường trực Tỉnh uỷ", "Đoàn Đại biểu Quốc hội tỉnh",
                 "Thường trực Hội đồng nhân dân tỉnh", "Chủ tịch UBND tỉnh", "Các Phó Chủ tịch UBND tỉnh",
                 "Ủy ban MTTQVN tỉnh", "Các sở, ban, ngành", "Sở Tư pháp (tự kiểm tra VB)",
                 "Ủy ban nhân dân các xã, phường", "Như Điều 6", "Báo và Phát thanh truyền hình tỉnh",
                 "Cổng Thông tin điện tử Chính phủ", "Chánh VP, các Phó Chánh VP UBND tỉnh",
                 "Trung tâm Thông tin và Hội nghị tỉnh (đăng tải)", "Chuyên viên khối tham mưu tổng hợp",
                 "Lưu: VT, TNMT (Quyết)."],
}
BH, BM, K = "BanHanhVanBan", "ToChucBoMay", "Khac"
XA = ["Chủ tịch Ủy ban nhân dân cấp xã"]
tasks = []
def add(path, sub, cat):
    tasks.append(T(path, A(L(sub)), list(XA), [], None, cat))

# Điều 1 (scope, subjects) and Điều 2 (principles): articles titled like sections without tasks → none.
# Điều 3 (main call): "Thẩm quyền của Ủy ban nhân dân cấp tỉnh phân cấp cho Chủ tịch Ủy ban nhân dân cấp xã" hands the
# commune chairmen sixteen powers, as realdocs14 04's "Phân cấp cho <body> thực hiện một số nhiệm vụ, quyền hạn sau" did:
# each numbered item is a task led by them, assigned, no deadline. The title names the powers as "Thẩm quyền", not
# "nhiệm vụ"/"quyền hạn" (the words the contract's phân cấp rule names): **alternative** under the letter of that rule,
# no task at all in this document (−16), the items naming no owner of their own.
# Categories: approving or accepting a phương án (a planning text under the contract's category rule) BanHanhVanBan
# (alternative Khac: a permit for a firm's or a person's land use); individual land decisions (giao, cho thuê, thu hồi
# đất, giá nhà tái định cư) Khac; setting up a council ToChucBoMay.
add("3.1", "1. Chấp thuận phương án sử dụng đất nông nghiệp", BH)
add("3.2", "2. Quyết định giao đất không thu tiền", K)
# 3.3's a)-c) list the exceptions after "trừ các trường hợp sau đây:" — cases, not work: part of 3.3's text.
add("3.3", "3. Quyết định cho thuê đất thu tiền thuê đất hằng năm", K)
add("3.4", "4. Quyết định giao đất, cho thuê đất, cho phép", K)
add("3.5", "5. Quyết định điều chỉnh thời hạn sử dụng đất", K)
add("3.6", "6. Quyết định thu hồi đất quy định tại khoản 1 Điều 83", K)
# "Chấp thuận bằng văn bản về việc thỏa thuận …": an approval of a transaction, no phương án → Khac (alt. BanHanhVanBan).
add("3.7", "7. Chấp thuận bằng văn bản", K)
add("3.8", "8. Phê duyệt phương án bố trí lại", BH)
add("3.9", "9. Quyết định thu hồi đất thuộc các trường hợp", K)
add("3.10", "10. Quyết định thành lập Hội đồng bồi thường", BM)
# Leads with "Ban hành Thông báo thu hồi đất" (issuing a text) → BanHanhVanBan (alternative Khac).
add("3.11", "11. Ban hành Thông báo thu hồi đất", BH)
add("3.12", "12. Quyết định giá bán nhà ở tái định cư", K)
add("3.13", "13. Quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất, điều chỉnh", K)
add("3.14", "14. Phê duyệt phương án góp quyền sử dụng đất", BH)
add("3.15", "15. Có văn bản chấp thuận hoặc không chấp thuận", BH)
add("3.16", "16. Có văn bản chấp thuận hoặc không chấp thuận", BH)
# Điều 4.1 "Áp dụng trình tự, thủ tục hành chính … Cụ thể tại các Quyết định sau:" over a)-h) (decisions named) and 4.2
# ("Về thẩm quyền … thực hiện theo quy định …"): which rules apply, no owner → none.
# Điều 5 (effect; transition clause: cases under way "tiếp tục thực hiện theo thẩm quyền …") → none.
# Điều 6 "Trách nhiệm tổ chức thực hiện": the execution clause ("… chịu trách nhiệm thi hành Quyết định này./.") → none.
write(SRC, doc, tasks)
