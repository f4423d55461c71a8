"""Blind labels for realdocs13 02: Quyết định 5116/QĐ-SCT of the Sở Công Thương tỉnh Lào Cai (20/8/2026) giving the
mining-sector deputy head of division and the division's officers the task (and power) of drawing up records of
administrative violations. Điều 1 "Giao nhiệm vụ cho …", Điều 2 "Trách nhiệm của <those officers>" over three numbered
items, Điều 3 effect, Điều 4 execution. pdftotext text (a form feed and the page number "2" inside Điều 1), from
Trangsct/skill-sct. Annotator annot15; see NOTES.md (realdocs13)."""
from labelkit import T
from r13kit import A as _A, R, L as _L, write
SRC = "02_quyetdinh-5116-QD-SCT-LaoCai-2026-giao-nhiem-vu-lap-bien-ban-VPHC-khoang-san.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
CP = "Chính phủ"
doc = {
  "kind": "QuyetDinh", "number": "5116/QĐ-SCT", "issuer": "Sở Công Thương tỉnh Lào Cai", "place": "Lào Cai",
  "issuedOn": "2026-08-20",
  "title": "Về việc giao nhiệm vụ kiểm tra, phát hiện và lập biên bản vi phạm hành chính trong lĩnh vực khoáng sản "
           "thuộc phạm vi quản lý của Sở Công Thương",
  "signer": {"name": "Hoàng Chí Hiền", "position": "Giám đốc", "capacity": None},
  "references": [
    R("NghiDinh", "118/2021/NĐ-CP", "2021-12-23", CP, "basis"),
    # "Nghị định số 68/2025/NĐ-CP ngày 13/8/2025 sửa đổi …; Nghị định số 190/2025/NĐ-CP ngày 01/7/2025 sửa đổi …" in the
    # same "Căn cứ" as 118/2021, with no "của" of their own -> issuer null.
    R("NghiDinh", "68/2025/NĐ-CP", "2025-08-13", None, "basis"),
    R("NghiDinh", "190/2025/NĐ-CP", "2025-07-01", None, "basis"),
    R("NghiDinh", "36/2020/NĐ-CP", "2020-03-24", CP, "basis"),
    R("NghiDinh", "189/2025/NĐ-CP", "2025-07-01", CP, "basis"),
    R("NghiDinh", "217/2025/NĐ-CP", "2025-08-05", CP, "basis"),
    R("QuyetDinh", "05/2025/QĐ-UBND", "2025-07-01", "Ủy ban nhân dân tỉnh Lào Cai", "basis"),
  ],
  "recipients": ["Như Điều 4", "Ban Giám đốc Sở", "Lưu: VT, VP(Cường)."],
}
PTP = "Phó Trưởng phòng được phân công phụ trách lĩnh vực khoáng sản"
tasks = [
  # Điều 1 "Giao nhiệm vụ cho Phó Trưởng phòng … và Chuyên viên thuộc Phòng Quản lý công nghiệp khi thực hiện nhiệm vụ
  # công vụ, kiểm tra chuyên ngành … có thẩm quyền lập biên bản vi phạm hành chính …": an article that names its owners
  # by "Giao" -> task "1".
  T("1", A(L("Giao nhiệm vụ cho Phó Trưởng phòng")), [PTP, "Chuyên viên thuộc Phòng Quản lý công nghiệp"], [], None,
    "KiemTraGiamSat"),
  # Điều 2 "Trách nhiệm của <owners>" (like "Nhiệm vụ của <body>") gives its three items their leads.
  T("2.1", A(L("1. Việc lập biên bản vi phạm hành chính phải tuân")), [PTP, "Chuyên viên được giao nhiệm vụ"], [], None,
    "KiemTraGiamSat"),
  T("2.2", A(L("2. Ngay sau khi lập biên bản vi phạm hành chính")), [PTP, "Chuyên viên được giao nhiệm vụ"], [], None,
    "ThamMuu"),
  T("2.3", A(L("3. Trường hợp hành vi vi phạm có dấu hiệu")), [PTP, "Chuyên viên được giao nhiệm vụ"], [], None,
    "BaoCao"),
]
# Điều 3 (effect) and Điều 4 (execution clause "… chịu trách nhiệm thi hành Quyết định này./.") -> no tasks.
write(SRC, doc, tasks)
