"""Blind labels for realdocs14 03: Công văn 216/ATMT-ATĐ of the Cục Kỹ thuật an toàn và Môi trường công nghiệp (Bộ
Công Thương, 30/01/2026) answering the Sở Công Thương tỉnh Lào Cai on dredging hydropower reservoirs with recovery of
minerals: "… có ý kiến như sau:" over 1 (what the law now requires: statements) and 2 "Các nội dung cần lưu ý khi chủ
đầu tư triển khai:" (a topic bullet over three "+" items, the third "cụ thể:" over (i)-(iii); a bullet asking the Sở to
guide the investor), closing request to the Sở. Raw pdftotext layout with the converter's first line, a footnote at
the foot of page 1 and a form feed before page 2's number, from Trangsct/skill-sct. Annotator annot16; see NOTES.md
(realdocs14)."""
from labelkit import T
from r14kit import A as _A, R, L as _L, write
SRC = "03_congvan-216-ATMT-ATD-BCT-2026-huong-dan-nao-vet-thu-hoi-khoang-san-long-ho-thuy-dien.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "CongVan", "number": "216/ATMT-ATĐ", "issuer": "Cục Kỹ thuật an toàn và Môi trường công nghiệp",
  "place": "Hà Nội", "issuedOn": "2026-01-30",
  "title": "V/v hướng dẫn thực hiện hoạt động nạo vét kết hợp thu hồi sản phẩm là khoáng sản trong lòng hồ thủy điện",
  "signer": {"name": "Trịnh Văn Thuận", "position": "Phó Cục trưởng", "capacity": "KT. Cục trưởng"},
  "references": [
    # "Trả lời Văn bản số 472/SCT-NL ngày 28 tháng 01 năm 2026 của Sở Công Thương tỉnh Lào Cai" (answered).
    R("CongVan", "472/SCT-NL", "2026-01-28", "Sở Công Thương tỉnh Lào Cai"),
    R("NghiDinh", "62/2025/NĐ-CP", "2025-03-04", "Chính phủ"),
    # "Quyết định số 628/QĐ-" / "BCT ngày 07 tháng 3 năm 2025 của Bộ Công Thương" (wrapped at the dash).
    R("QuyetDinh", "628/QĐ-BCT", "2025-03-07", "Bộ Công Thương"),
    R("NghiDinh", "114/2018/NĐ-CP", None, None),
    R("NghiDinh", "67/2018/NĐ-CP", "2018-05-14", "Chính phủ"),
    # "khoản 6 Điều 1 Nghị định số 40/2023/NĐ-CP ngày 27/6/2023 Sửa đổi, bổ sung một số điều của Nghị định số
    # 67/2018/NĐ-CP … của Chính phủ": the "của" belongs to 67/2018 -> issuer null.
    R("NghiDinh", "40/2023/NĐ-CP", "2023-06-27", None),
    R("NghiDinh", "193/2025/NĐ-CP", "2025-07-02", "Chính phủ"),
  ],
  "recipients": ["Như trên", "TT Trương Thanh Hoài (để b/c)", "Cục trưởng (để b/c)", "UBND tỉnh Lào Cai",
                 "Lưu: VT, ATĐ (Anhch)."],
}
TT, K = "TuyenTruyen", "Khac"
CDT = ["chủ đầu tư"]   # heading 2 "Các nội dung cần lưu ý khi chủ đầu tư triển khai:" names whose duties they are
tasks = []
def add(path, sub, cat, lead=CDT, sup=(), mode=None):
    tasks.append(T(path, A(L(sub)), list(lead), list(sup), None, cat, mode=mode))
# 1: what the decrees and the law now require (no permit needed; dredging with recovery follows the mineral and
# construction laws): statements, no task. The footnote body at the foot of page 1 ("1 6. Hoạt động thăm dò …", the
# text of the article the "Luật Điện lực)." marker points to) is page furniture.
# 2.1 "- Về bảo trì, sửa chữa, …; đảm bảo an toàn công trình, hồ chứa thủy điện" names a topic over three "+" items.
add("2.1.1", "+ Chịu trách nhiệm bảo đảm kinh phí bảo trì", K)
add("2.1.2", "+ Bảo đảm an toàn lao động, tuyệt đối không để", K)
# 2.1.3 "+ Bảo đảm không gây cản trở … cụ thể:" introduces (i)-(iii), the tasks (alternative: 2.1.3 one task).
add("2.1.3.1", "(i) Tuân thủ các quy định pháp luật về xây dựng", K)
add("2.1.3.2", "(ii) Không được ảnh hưởng đến phạm vi bảo vệ đập", K)
add("2.1.3.3", "(iii) Không gây sạt lở bờ hồ thủy điện", K)
# 2.2: "… thì đề nghị Sở Công Thương hướng dẫn chủ đầu tư có trách nhiệm liên hệ với Sở Nông nghiệp và Môi trường …"
# -> the Sở leads (requested); the investor is who is guided, the Sở Nông nghiệp và Môi trường whom it contacts.
add("2.2", "- Trường hợp thực hiện nạo vét bồi lắng lòng hồ", TT, ["Sở Công Thương"], mode="requested")
# Closing "Trên đây là ý kiến của Cục ATMT, đề nghị Sở Công Thương tỉnh Lào Cai nghiên cứu, hướng dẫn chủ đập thủy điện
# thực hiện đúng quy định./.": a request with a follow-up ("hướng dẫn") -> task "3" (as 02's closing).
add("3", "Trên đây là ý kiến của Cục ATMT, đề nghị Sở Công Thương", TT, ["Sở Công Thương tỉnh Lào Cai"],
    mode="requested")
write(SRC, doc, tasks)
