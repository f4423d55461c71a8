"""Blind labels for realdocs18 02: Công văn 1046/TCT-TTKT of the Tổng cục Thuế (12/3/2020; the OCR reads "4046" and
"ngàyA2"), to the heads of the provincial tax departments, on carrying out and stepping up tax inspections under Chỉ
thị 11/CT-TTg: background paragraphs, the opening "Tổng cục Thuế yêu cầu đồng chí Cục trưởng Cục Thuế các tỉnh, thành
phố chỉ đạo triển khai thực hiện một số công việc như sau:" over items "1/" … "4/", the difficulties notice, a closing
call. OCR of the signed PDF (e-signature stamp, "--- PAGE BREAK ---", misread letters), from
teije05-art/clone-pjj-tax-legal-22dec. Annotator annot20; see NOTES.md (realdocs18)."""
from labelkit import T, D
from r18kit import A as _A, R, L as _L, write
SRC = "02_congvan-1046-TCT-TTKT-2020-trien-khai-tang-cuong-thanh-tra-kiem-tra-thue-ocr.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
M, I = "mentions", "implements"
doc = {
  # No kind line; a "V/v …" subject line and a letter's number (issuer and unit: /TCT-TTKT) → CongVan.
  "kind": "CongVan",
  # As the text writes it, spaces dropped ("Số: 4046 /TCT-TTKT"): the OCR read the first digit 1 as 4 (the collection's
  # file name and Tổng cục Thuế's later letter 1770/TCT-TTKT give 1046). **Alternative** "1046/TCT-TTKT".
  "number": "4046/TCT-TTKT",
  # Header "BỘ TÀI CHÍNH" over "TONG CYC THUE" (OCR, joined with the motto): a ministry's general department under the
  # ministry's line is the issuer; its name misread by OCR is read as the name (the body names itself "Tổng cục Thuế"
  # in its opening and its closing call). Alternative "Bộ Tài chính" if the garbled line is not read as a name.
  "issuer": "Tổng cục Thuế",
  "place": "Hà Nội",
  # "Hà Nội, ngàyA2 thang 3 năm 2020": the day is unreadable → null (r3-03's garbled date line); alternative 2020-03-12
  # (the e-signature stamp "12 (932020", and 1770/TCT-TTKT's "Ngày 12/3/2020 … Công văn số 1046/TCT- TTKT").
  "issuedOn": None,
  # The "V/v …" lines joined, as written (OCR "kiêm tra ." kept).
  "title": "V/v triển khai và tăng cường công tác thanh tra, kiêm tra .",
  # "Noi nhận:} - KT. TONG CỤC TRƯỞNG" / "- Như trên; = ` TRƯỞNG" / … / "Dang! Ngọc Minh": the capacity stands beside
  # the recipients' label; the title line under it is lost to OCR ("` TRƯỞNG") → position null (alternative "Phó Tổng
  # cục trưởng"); the name as written (alternative "Đặng Ngọc Minh"). Capacity written in title case ("TONG" OCR for
  # "TỔNG").
  "signer": {"name": "Dang! Ngọc Minh", "position": None, "capacity": "KT. Tổng cục trưởng"},
  "references": [
    # "Thực hiện Nghị quyết số 86/2019/QH14 … của Quốc hội và Quyết định số 1704/QĐ-TTg … của Thủ tướng Chính phủ …"
    R("NghiQuyet", "86/2019/QH14", "2019-11-12", "Quốc hội", I),
    R("QuyetDinh", "1704/QĐ-TTg", "2019-11-29", "Thủ tướng Chính phủ", I),
    # "… Bộ Tài chính đã ban hành Quyết định số 2503/QD-BTC … và Thông tư số 88/2019/TT-BTC …": objects of what the
    # ministry did, no "của" → issuer null (alternative "Bộ Tài chính"), mentions. "QD" as written.
    R("QuyetDinh", "2503/QD-BTC", "2019-11-29", None, M),
    R("ThongTu", "88/2019/TT-BTC", "2019-12-24", None, M),
    # "Ngày 10/1/2019 Tổng cục Thuế đã ban hành Quyết định số 41/QD-TCT …; Quyết định số 42/QD- TCT …" (the year is the
    # letter's: the decisions give 2020 targets; dated as written).
    R("QuyetDinh", "41/QD-TCT", "2019-01-10", None, M),
    R("QuyetDinh", "42/QD-TCT", None, None, M),
    # "Thực hiện Chỉ thị số 11/CT- TTg ngày 04/3/2020 về …" (no "của").
    R("ChiThi", "11/CT-TTg", "2020-03-04", None, I),
    # Item 2: "Thực hiện nghiêm Chỉ thị số 20/CT-TTg ngày 17/5/2017 của Thủ tướng Chính phủ" (inside a task) → mentions.
    R("ChiThi", "20/CT-TTg", "2017-05-17", "Thủ tướng Chính phủ", M),
    R("NghiDinh", "82/2012/NĐ-CP", "2012-10-09", "Chính phủ", M),
  ],
  # The capacity "KT. TONG CỤC TRƯỞNG" on the label's line and the OCR tails ("= ` TRƯỞNG", "À", " 39") are no part.
  "recipients": ["Như trên", "Lãnh đạo TCT", "Lưu: VT; TTKT (3b)."],
}
KT, BM, K = "KiemTraGiamSat", "ToChucBoMay", "Khac"
# The owner comes from the opening alone ("Tổng cục Thuế yêu cầu đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố chỉ
# đạo triển khai thực hiện …:") → required (realdocs5 convention); "đồng chí" is a form of address, no part of the name
# (alternative with it). The items have no subject of their own.
CT = ["Cục trưởng Cục Thuế các tỉnh, thành phố"]
tasks = []
def add(path, sub, dl, cat, amb=None):
    # Anchors start after the "N/ " marker (a numbering the item text may drop).
    tasks.append(T(path, A(L(sub), after="/ "), list(CT), [], dl, cat, mode="required", amb=amb))

# 1/: organise, brief and assign the inspection work to each unit; prepare inspections by analysis; ask taxpayers for
# data by e-mail; disseminate the law → KiemTraGiamSat (alternative ToChucBoMay, the lead verbs "Tổ chức, quán triệt và
# giao nhiệm vụ … đến từng phòng"). "Yêu cầu người nộp thuế cung cấp …" inside: taxpayers without a determiner, no owner.
add("1", "1/ Tổ chức, quán triệt", None, KT)
# 2/: its text runs over the page break ("đôn đốc công tác" / "--- PAGE BREAK ---" / "chéo trong kế hoạch …"; the OCR lost
# a line there). "Thường xuyên theo dõi, kiểm tra, đôn đốc …" is in a later sentence → no deadline; "kế hoạch thanh tra,
# kiểm tra năm 2020" names a plan → no deadline.
add("2", "2/ Trên cơ sở danh sách doanh nghiệp", None, KT)
# 3/: exchange of know-how to raise the inspectors' skills → ToChucBoMay.
add("3", "3/ Day mạnh công tác trao đổi nghiệp vụ", None, BM)
# 4/: brief staff to follow the procedures, enter the inspection results monthly into the TTR application, assign and
# check the data entry → Khac (alternative KiemTraGiamSat). "nhập dữ liệu kết quả công tác thanh tra, kiểm tra hàng
# tháng vào Ứng dụng …" → recurring month, no day, **ambiguous** ("hàng tháng" may qualify the results, and it stands in
# the item's second sentence; alternative null).
add("4", "4/ Quán triệt các cán bộ, công chức", D("recurring", "hàng tháng", None, "month"), K, amb=True)
# "Trong quá trình triển khai …, nếu có phát sinh vướng mắc đề nghị phản ánh về Tổng cục Thuế đồng thời đề xuất phương
# án xử lý …" (the difficulties notice) and "Tổng cục Thuế yêu cầu các đồng chí Cục trưởng … nghiêm túc triển khai thực
# hiện." (a bare call) → none.
write(SRC, doc, tasks)
