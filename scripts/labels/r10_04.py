"""Blind labels for realdocs10 04: Nghị quyết 34-NQ/TU of the Standing Committee of the Lào Cai provincial Party
committee (27/12/2025) on developing industrial parks and clusters. Tesseract OCR of a 5-page scan (the converter's
"[OCR]" line, "===== Trang N =====" markers, page numbers, misreadings kept). I views and 2026 targets; II nine
numbered tasks without owners; IV TỔ CHỨC THỰC HIỆN six Party owner items (2 "Đảng uỷ Các cơ quan Đảng tỉnh chỉ đạo:"
over 2.1, 2.2). From Trangsct/skill-sct. Annotator annot12; see NOTES.md (realdocs10)."""
from labelkit import T, D
from r10kit import A as _A, L as _L, write
SRC = "04_nghiquyet-34-NQ-TU-BTVTinhUyLaoCai-2025-phat-trien-khu-cum-cong-nghiep-ocr.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  # Header "TÍNH ỦY LÀO CAI ĐÁNG CỘNG SẢN VIỆT NAM" (OCR of "TỈNH ỦY LÀO CAI" joined with the Party line): the header's
  # body is the issuer, though the title names the Ban Thường vụ that adopted it (contract).
  "kind": "NghiQuyet", "number": "34-NQ/TU", "issuer": "Tỉnh ủy Lào Cai", "place": "Lào Cai", "issuedOn": "2025-12-27",
  "title": "CỦA BAN THƯỜNG VỤ TỈNH ỦY về phát triển các khu công nghiệp, cụm công nghiệp",
  # "Nơi nhân: T/M BAN THƯỜNG VỤ" (capacity joined behind Nơi nhận), "S Í THƯ THƯỜNG TRưÊ" (the title line, its
  # first word lost to the OCR) -> position null; name "Hoàng Giang".
  "signer": {"name": "Hoàng Giang", "position": None, "capacity": "T/M Ban Thường vụ"},
  # "Đề án 08" is cited without a number symbol -> no reference.
  "references": [],
  "recipients": ["Các đ/c Ủy viên BTV Tỉnh ủy", "Các Đảng ủy trực thuộc Tỉnh ủy", "Các cơ quan tham mưu, giúp việc Tỉnh ủy",
                 "Lãnh đạo Văn phòng Tỉnh ủy", "Chuyên viên P.TH - VPTU", "Lưu Văn phòng Tình ủy."],
}
BH, TT, KT, BC, TM, BM, K = ("BanHanhVanBan", "TuyenTruyen", "KiemTraGiamSat", "BaoCao", "ThamMuu", "ToChucBoMay",
                              "Khac")
J26 = lambda txt: D("date", txt, "2026-01-31")
CQ = "Đảng uỷ Các cơ quan Đảng tỉnh"
tasks = [
  # I QUAN ĐIỂM, MỤC TIÊU: views and the 2026 targets (1)-(7) -> no tasks.
  # II: nine numbered items, no owner named -> lead [], mode null. "1 Đôi mới" (dot lost) and "Š." (= 5.) are items
  # 1 and 5 by the intended numbering (realdocs6/7 OCR convention).
  T("II.1", A(L("1 Đôi mới, tăng cường và tập trung")), [], [], None, BM),
  T("II.2", A(L("2. Tăng cường hiệu lực, hiệu quả hoạt động")), [], [], None, K),
  T("II.3", A(L("3. Hoàn thành việc điều chỉnh quy hoạch tỉnh")), [], [], J26("trong tháng 01/2026"), BH),
  T("II.4", A(L("4. Tổ chức rà soát toàn bộ các dự án")), [], [],
    D("period", "hoàn thành frong Quý 1/2026", "2026-03-31"), KT),
  T("II.5", A(L("Š. Tập trung lãnh đạo, chỉ đạo")), [], [], None, K),
  # "(dự kiến triển khai từ 01/01/2026 theo kế hoạch)" dates the ministry's system, not the task -> null.
  T("II.6", A(L("6. Đây mạnh cải cách hành chính")), [], [], None, K),
  T("II.7", A(L("7. Tập trung đầu tư xây dựng")), [], [], None, K),
  T("II.8", A(L("8. Đổi mới và nâng cao hiệu quả công tác thu hút")), [], [], None, K),
  T("II.9", A(L("9. Tăng cường bảo vệ môi trường")), [], [], None, K),
  T("IV.1", A(L("1. Các cấp uỷ, tổ chức Đảng, chính quyền")), ["Các cấp uỷ, tổ chức Đảng, chính quyền"], [],
    J26("trong tháng 01/2026"), TT),
  # IV.2 "Đảng uỷ Các cơ quan Đảng tỉnh chỉ đạo:" over 2.1, 2.2, each with its own subject that "lãnh đạo" another
  # body or acts with others: the heading's body, the item's subject and the body it leads are all leads (realdocs6/9
  # "X chỉ đạo Y <work>" convention). Names as written (OCR).
  T("IV.2.1", A(L("2.1. Đảng ủy Hội đồng nhân dân tỉnh")),
    [CQ, "Đảng ủy Hội đồng nhân dân tỉnh", "Hội đồng nhân dân tỉnh"], [], None, BH),
  T("IV.2.2", A(L("2.2. Đảng úy Ủy ban Mặt trận")),
    [CQ, "Đảng úy Ủy ban Mặt trận T, ô quốc Việt Nam tính", "các tô chức chính trị - xã hội"], [], None, TT),
  # "ban hành kế hoạch … (rong tháng 01/2026)" and "định kỳ trước 25 hằng tháng báo cáo …": the plan's date, ambiguous
  # (alternative: recurring month, due 2026-01-25).
  T("IV.3", A(L("3. Đảng ủy UBND tỉnh lãnh đạo")), ["Đảng ủy Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"], [],
    J26("rong tháng 01/2026"), BH, amb=True),
  T("IV.4", A(L("4. Ban Tuyên giáo và Dân vận Tỉnh ủy")),
    ["Ban Tuyên giáo và Dân vận Tỉnh ủy", "các cơ quan thông tin đại chúng"],
    ["Các cơ quan, đơn vị, địa phương trong tỉnh"], None, TT),
  T("IV.5", A(L("5. Ủy ban Kiểm tra Tỉnh ủy")), ["Ủy ban Kiểm tra Tỉnh ủy"], ["các cơ quan, đơn vị có liên quan"],
    None, KT),
  T("IV.6", A(L("6. Văn phòng Tỉnh ủy phối hợp")), ["Văn phòng Tỉnh ủy"], [], None, KT),
]
write(SRC, doc, tasks)
