"""Blind labels for realdocs11 04: Công văn 5085/SCT-VP of the Sở Công Thương tỉnh Lào Cai (19/8/2026) on carrying out
the powers the provincial People's Committee delegated to it for industrial explosives. "Giám đốc Sở Công Thương yêu
cầu các đơn vị, cá nhân thực hiện các nội dung sau:" over two owner headings: 1 (the Deputy Director, one paragraph)
and 2 (the industry division: an intro "Chủ trì, phối hợp … tham mưu … bao gồm:" over two "-" bullets); then the
closing call with the difficulties notice. pdftotext text (page number line "2" inside item 2), from
Trangsct/skill-sct. Annotator annot13; see NOTES.md (realdocs11)."""
from labelkit import T
from r11kit import A as _A, R, L as _L, write
SRC = "04_congvan-5085-SCT-VP-LaoCai-2026-thuc-hien-nhiem-vu-uy-quyen-VLNCN.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
UBT = "Ủy ban nhân dân tỉnh Lào Cai"
GD = "Giám đốc Sở Công Thương"
doc = {
  "kind": "CongVan", "number": "5085/SCT-VP", "issuer": "Sở Công Thương tỉnh Lào Cai", "place": "Lào Cai",
  "issuedOn": "2026-08-19",
  "title": "V/v thực hiện các nhiệm vụ được UBND tỉnh ủy quyền trong lĩnh vực vật liệu nổ công nghiệp",
  "signer": {"name": "Hoàng Chí Hiền", "position": "Giám đốc", "capacity": None},
  "references": [
    # "Thực hiện Quyết định số 1883/QĐ-UBND … và Quyết định số 2867/QĐ-UBND … của UBND tỉnh Lào Cai": one "của" for both.
    R("QuyetDinh", "1883/QĐ-UBND", "2025-11-06", UBT, "implements"),
    R("QuyetDinh", "2867/QĐ-UBND", "2026-08-17", UBT, "implements"),
    R("QuyetDinh", "05/2025/QĐ-UBND", "2025-07-01", UBT, "basis"),
    R("QuyetDinh", "04/QĐ-SCT", "2025-07-01", GD, "basis"),
    R("QuyetDinh", "59/QĐ-SCT", "2025-07-01", GD, "basis"),
    R("QuyetDinh", "766/QĐ-SCT", "2026-02-12", GD, "basis"),
    R("NghiDinh", "181/2024/NĐ-CP", "2024-12-31", "Chính phủ"),
  ],
  "recipients": ["Như trên", "Lãnh đạo Sở", "Các phòng chuyên môn SCT", "Lưu: VT, VP(Cường)."],
}
QL = "Phòng Quản lý công nghiệp"
tasks = [
  T("1", A(L("Trực tiếp chỉ đạo, tổ chức thực hiện các nhiệm vụ")), ["Phó Giám đốc Sở - Hoàng Văn Thuân"], [], None,
    "Khac"),
  # Item 2's intro ("Chủ trì, phối hợp với các đơn vị liên quan tham mưu Lãnh đạo Sở triển khai … bao gồm:") is no task
  # of its own: its two "-" bullets are the smallest items, and take its lead, support and advising role.
  T("2.1", A(L("- Huấn luyện, kiểm tra, cấp, cấp lại")), [QL], ["các đơn vị liên quan"], None, "ThamMuu"),
  T("2.2", A(L("- Cấp, cấp lại, cấp điều chỉnh giấy phép")), [QL], ["các đơn vị liên quan"], None, "ThamMuu"),
]
# "Yêu cầu đồng chí … và Trưởng phòng … nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu có khó khăn …
# báo cáo Giám đốc Sở …./.": a bare call and the difficulties notice -> closing boilerplate.
write(SRC, doc, tasks)
