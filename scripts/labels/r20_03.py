"""Blind labels for realdocs20 03: Công văn 4489/TCT-TTKT of the Tổng cục Thuế (02/12/2022 by its e-signature stamp;
the OCR reads "ngày ñ| tháng 42"), to the provincial tax departments, on stepping up the tax management of households
and persons selling on e-commerce platforms: background, the opening "Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành
phố trực thuộc Trung tương:" over four "-" bullets, a reporting line after the page break ("ot Két qua trién khai …"),
the closing line for information. OCR of the signed PDF (e-signature stamp, "--- PAGE BREAK ---", misread letters), from
teije05-art/clone-pjj-tax-legal-22dec. Annotator annot22; see NOTES.md (realdocs20)."""
from labelkit import T
from r20kit import A as _A, R, L as _L, write
SRC = "03_congvan-4489-TCT-TTKT-2022-quan-ly-thue-ho-ca-nhan-kinh-doanh-TMDT-ocr.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
M, TCT = "mentions", "Tổng cục Thuế"
doc = {
  # No kind line; a "V/v …" subject line and a unit's symbol (/TCT-TTKT) → CongVan.
  "kind": "CongVan",
  # "Số: 4489 /TCT-TTKT": the space before the slash dropped.
  "number": "4489/TCT-TTKT",
  # "BỘ TÀI CHÍNH - CONG HOA XÃ HỘI …" over "TONG CỤC THUE Độc lập …": the general department under the ministry's line,
  # its misread name read as the name (realdocs18 02 and 03). Alternative "Bộ Tài chính".
  "issuer": TCT,
  "place": "Hà Nội",
  # "Hà Nội, ngày ñ| tháng 42 năm 2022": day and month unreadable → null (realdocs18's convention for a garbled date
  # line). Alternative 2022-12-02 (the e-signature stamp "02.12.2022 16:53").
  "issuedOn": None,
  # The three "V/v …" lines joined, as written (OCR "đổi", "đoanh", "sản" kept), as realdocs18 02 kept its V/v title.
  "title": "V/v tăng cường công tác quản lý thuế đổi với hộ, cá nhân kinh đoanh trên sản TMĐT.",
  # "Noi nhận: TL. TONG CUC TRUONG" / "_ Nhu tren: cps ten e (aa CUC TRUONG" / "- Phó … (để bíc); CỤC THANH TRA ~ KIEM
  # TRA THUÉ": the capacity beside the recipients' label, the title "(aa CUC TRUONG" (Cục trưởng) and its unit beside the
  # next two recipients; no name under the block (the OCR kept only "he Ab Coy") → name null. Position: the title line
  # with its unit, read in title case with its marks ("Cục trưởng Cục Thanh tra - Kiểm tra thuế"; the OCR "~" for the
  # dash). **Alternative** position null (the title line is half lost) or "Cục trưởng".
  "signer": {"name": None, "position": "Cục trưởng Cục Thanh tra - Kiểm tra thuế", "capacity": "TL. Tổng cục trưởng"},
  "references": [
    # "Tổng cục Thuế đã ban hành Công văn số 1923/TCT-TTKT ngày 06/6/2022 và Công văn số 2925/TCT-TTKT ngày 10/8/2022"
    # and again in bullet 1 ("thực hiện chỉ đạo của Tổng cục Thuế tại Công văn số …"): one reference each. The issuer
    # is named by both sentences (the subject that "đã ban hành", and "của Tổng cục Thuế tại …") → "Tổng cục Thuế"
    # (alternative null, realdocs18 02's reading of "đã ban hành" without "của"). Mentions: the letter steps up their
    # work but does not say it implements them (alternative implements, bullet 1 "Khẩn trương thực hiện chỉ đạo …").
    R("CongVan", "1923/TCT-TTKT", "2022-06-06", TCT, M),
    R("CongVan", "2925/TCT-TTKT", "2022-08-10", TCT, M),
  ],
  # Items as written without their dash and trailing ";"/":" ("_ Nhu tren:" the OCR's dash and semicolon), the
  # signature's words set beside them ("cps ten e (aa CUC TRUONG", "CỤC THANH TRA ~ KIEM TRA THUÉ") and the OCR tail
  # "z" after "(3b)" dropped (realdocs18 dropped such tails). Alternative "Luu: VT, TTKT (3b)z".
  "recipients": ["Nhu tren", "Phó Terr Va Chi Hùng (để bíc)", "Luu: VT, TTKT (3b)"],
}
# A letter of requests ("Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung tương:") → every item
# `requested`, its lead the body asked, as the opening writes it (OCR "Trung tương"; alternative "… Trung ương" as in the
# "Kính gửi:" line). The bullets have no subject of their own.
CT = ["Cục Thuế các tỉnh, thành phố trực thuộc Trung tương"]
tasks = []
def add(path, sub, cat, support=(), after=None):
    tasks.append(T(path, A(L(sub), after=after), list(CT), list(support), None, cat, mode="requested"))

# 1: carry out the two earlier letters; keep reviewing and checking the households and persons on the list → KiemTraGiamSat.
# "Khẩn trương" names no date.
add("1", "- Khẩn trương thực hiện chỉ đạo", "KiemTraGiamSat")
# 2: dissemination and guidance to e-commerce sellers → TuyenTruyen.
add("2", "- Tăng cường thực hiện công tác tuyên truyền", "TuyenTruyen")
# 3: "Tiếp tục thực hiện phối hợp với các cơ quan liên quan như: Công an, Quan lý thị trường, Ngân hàng nhà nước, Ngân
# hàng thương mai, ... để thực hiện quản lý chặt chẽ …; Trường hợp … thì chuyển hé sơ sang Cơ quan công an …" → Khac
# (managing the trade, handing files to the police; alternative KiemTraGiamSat, "quản lý chặt chẽ" as control).
# Support: the group "các cơ quan liên quan"; the bodies after "như:" are examples of it, not a list of owners
# (**alternative** the four named as supports: "Công an", "Quan lý thị trường", "Ngân hàng nhà nước", "Ngân hàng thương
# mai", or the group and the four). "Cơ quan công an" after "sang" receives files: no owner.
add("3", "- Tiếp tục thực hiện phối hợp với các cơ quan", "Khac", support=["các cơ quan liên quan"])
# 4: rewards for the officials, sections and sub-departments with outstanding results → KhenThuong.
add("4", "- Thực hiện khen thưởng theo quy định", "KhenThuong")
# 5 (judgement call): "ot Két qua trién khai thực hiện báo cáo về Tổng cục Thuế (Cục Thanh tra — Kiém tra thuê, Đ/c …)."
# after the page break: "ot" reads as the OCR of the bullet's dash, so a fifth request, the results to be reported →
# BaoCao, the opening's body, requested, no deadline. It is not the closing (that is the next line, "Tổng cục Thuế
# thông báo để các Cục Thuế được biết và triển khai thực hiện/.", a notice's line for information → none).
# **Alternative:** no task (a reporting line read as the closing's "reporting alone" boilerplate), −1.
add("5", "ot Két qua trién khai", "BaoCao", after="ot ")
write(SRC, doc, tasks)
