"""Blind labels for realdocs14 02: Công văn 6791/SNNMT-KHTC of the Sở Nông nghiệp và Môi trường tỉnh Lào Cai
(17/7/2026) to the Sở Công Thương, its opinion on the dossier for setting up the Báo Đáp industrial cluster: 1 the
project's particulars (fields, no tasks), 2 opinions by field (2.1 land: a) findings, b) a request to the investor;
2.2 environment: three "-" bullets; 2.3 minerals: "-"/"+" findings, one with a request; 2.4 forestry: a finding and a
request; 2.5 irrigation: "… đề nghị Chủ đầu tư:" over four "-" bullets; 2.6 other: a request), closing request to the
Sở Công Thương. Raw pdftotext layout with the converter's first line and form feeds at the starts of pages 2-4, from
Trangsct/skill-sct. Annotator annot16; see NOTES.md (realdocs14)."""
from labelkit import T
from r14kit import A as _A, R, L as _L, write
SRC = "02_congvan-6791-SNNMT-KHTC-LaoCai-2026-y-kien-tham-dinh-thanh-lap-CCN-Bao-Dap.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
TINH = "Ủy ban nhân dân tỉnh"
doc = {
  "kind": "CongVan", "number": "6791/SNNMT-KHTC", "issuer": "Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
  "place": "Lào Cai", "issuedOn": "2026-07-17",
  "title": "V/v tham gia ý kiến thẩm định hồ sơ đề nghị thành lập cụm công nghiệp Báo Đáp",
  "signer": {"name": "Phạm Bình Minh", "position": "Phó Giám đốc", "capacity": "KT. Giám đốc"},
  "references": [
    # The letter answers "Công văn số 4170/SCT-CN ngày 14/7/2026 của Sở Công thương" (received, not carried out).
    R("CongVan", "4170/SCT-CN", "2026-07-14", "Sở Công thương"),
    R("QuyetDinh", "2257/QĐ-UBND", "2023-11-28", TINH),
    # 525/QĐ-UBND is cited twice ("của UBND tỉnh", later "của Chủ tịch Ủy ban nhân dân tỉnh Lào Cai"): one reference,
    # the issuer of its first citation.
    R("QuyetDinh", "525/QĐ-UBND", "2026-02-25", TINH),
    # 2.2 and 2.6: "Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ … được sửa đổi, bổ sung bởi Nghị định số
    # 05/2025/NĐ-CP ngày 06/01/2025 và Nghị định số 48/2026/NĐ-CP ngày 29/01/2026" (the amending decrees without "của").
    R("NghiDinh", "08/2022/NĐ-CP", "2022-01-10", "Chính phủ"),
    R("NghiDinh", "05/2025/NĐ-CP", "2025-01-06", None),
    R("NghiDinh", "48/2026/NĐ-CP", "2026-01-29", None),
    R("QuyetDinh", "866/QĐ-TTg", "2023-07-18", "Thủ tướng Chính phủ"),
    R("QuyetDinh", "1626/QĐ-TTg", "2023-12-15", "Thủ tướng Chính phủ"),
    # "Giấy phép thăm dò số 1584/GP-BTNMT ngày 18/5/2018", "Quyết định số 1146/QĐ-HĐTL ngày 04/9/2020": no issuer named.
    R("Other", "1584/GP-BTNMT", "2018-05-18", None),
    R("QuyetDinh", "1146/QĐ-HĐTL", "2020-09-04", None),
    # "đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1277/QĐ-TTg", "được UBND tỉnh phê duyệt tại Quyết định
    # 537/QĐ-UBND": the approving body named before the number (no "của"; alternative issuer null).
    R("QuyetDinh", "1277/QĐ-TTg", "2023-11-01", "Thủ tướng Chính phủ"),
    R("QuyetDinh", "537/QĐ-UBND", "2026-02-27", TINH),
    # 2.6: "Thông tư số 02/2022/TT-BTNMT ngày 10/01/2022 của Bộ Tài nguyên và Môi trường … được sửa đổi, bổ sung bởi
    # Thông tư số 07/2025/TT-BTNMT …, Thông tư số 07/2025/TT-BNNMT … và Thông tư số 09/2026/TT-BNNMT …".
    R("ThongTu", "02/2022/TT-BTNMT", "2022-01-10", "Bộ Tài nguyên và Môi trường"),
    R("ThongTu", "07/2025/TT-BTNMT", "2025-02-28", None),
    R("ThongTu", "07/2025/TT-BNNMT", "2025-06-16", None),
    R("ThongTu", "09/2026/TT-BNNMT", "2026-01-29", None),
  ],
  "recipients": ["Như trên", "Giám đốc Sở (báo cáo)", "Chi cục: MT, KTTV và BĐKH; Kiểm lâm",
                 "Các phòng: Quản lý đất đai; Khoáng sản", "Lưu: VT, KHTC(Hằng)."],
}
KT, BC, K = "KiemTraGiamSat", "BaoCao", "Khac"
CDT = ["Chủ đầu tư"]   # the investor named in 1 ("Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên"), as written
RQ = "requested"
tasks = []
def add(path, sub, cat, lead=CDT, sup=(), mode=RQ):
    mode = mode if lead else None
    tasks.append(T(path, A(L(sub)), list(lead), list(sup), None, cat, mode=mode))
# 1 (project particulars) and 2.1.a (findings on the land-use plans): statements, no tasks.
add("2.1.b", "Đề nghị Chủ đầu tư tổ chức khảo sát khối lượng", K)
add("2.2.1", "- Một số căn cứ pháp lý viện dẫn trong Báo cáo", K)
add("2.2.2", "- Về hạ tầng bảo vệ môi trường: Đề nghị Chủ đầu tư", K, ["Chủ đầu tư hạ tầng cụm công nghiệp"])
# 2.2.3 "Bổ sung đánh giá …" names no one (alternative: the investor of the bullets before it, requested).
add("2.2.3", "- Bổ sung đánh giá việc đáp ứng khoảng cách an toàn", K, [])
# 2.3: "- Về quy hoạch khoáng sản:" over three "+" findings; only the second ends in a request ("Do đó, đề nghị xem xét,
# điều chỉnh ranh giới …", no addressee) -> 2.3.1.2, lead []. The other findings and "- Về Khu vực dự trữ …": none.
add("2.3.1.2", "+ Về quy hoạch các loại khoáng sản làm vật liệu", K, [])
# 2.4: a finding, then "Trường hợp … đề nghị chủ đầu tư thực hiện thủ tục …" -> the item's task (lower case as written).
add("2.4", "Trường hợp được cơ quan có thẩm quyền phê duyệt chủ trương", K, ["chủ đầu tư"])
# 2.5: "… đề nghị Chủ đầu tư:" over four bullets -> the bullets, the intro's investor, requested.
add("2.5.1", "- Phối hợp với Sở Nông nghiệp và Môi trường, Công ty TNHH", KT,
    sup=["Sở Nông nghiệp và Môi trường", "Công ty TNHH Tân Phú (đơn vị khai thác và bảo vệ công trình thủy lợi)",
         "chính quyền địa phương"])
add("2.5.2", "- Không gây ảnh hưởng đến chất lượng nước", K)
add("2.5.3", "- Có giải pháp đảm bảo an toàn về phòng, chống thiên tai", K)
add("2.5.4", "- Chịu trách nhiệm trong việc đảm bảo tuyệt đối an toàn", K)
add("2.6", "Đề nghị bổ sung các căn cứ pháp lý liên quan như", K, [])
# Closing "Trên đây là ý kiến … đề nghị Sở Công thương tổng hợp, báo cáo theo quy định./.": a request with a follow-up
# of its own ("tổng hợp") -> task "3" (r6-03's numbering of a closing task; alternative: closing boilerplate).
add("3", "nghị Sở Công thương tổng hợp, báo cáo theo quy định./.", BC, ["Sở Công thương"])
write(SRC, doc, tasks)
