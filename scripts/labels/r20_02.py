"""Blind labels for realdocs20 02: Công văn 586/TCT-TTKT of the Tổng cục Thuế (01/3/2023 by its e-signature stamp; the
OCR reads "5Ï/TCT-TTKT" and "ngày C4 tháng 3"), to the provincial tax departments, on stepping up tax inspections in
2023: the opening "Tổng cục Thuế đề nghị các Cục Thuế tổ chức thực hiện một số công việc sau:" over items "1." … "10."
(the OCR lost the number "2.": four "-" bullets follow item 1's closed paragraph; item 4 ends in a colon over one "-"
bullet), the closing line for information with the difficulties notice. OCR of the signed PDF (e-signature stamp,
"--- PAGE BREAK ---", page numbers), from teije05-art/clone-pjj-tax-legal-22dec. Annotator annot22; see NOTES.md
(realdocs20)."""
from labelkit import T, D
from r20kit import A as _A, R, L as _L, write
SRC = "02_congvan-586-TCT-TTKT-2023-tang-cuong-thanh-tra-kiem-tra-thue-ocr.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
M, I, TCT = "mentions", "implements", "Tổng cục Thuế"
doc = {
  # No kind line; a "v/v …" subject line and a unit's symbol (/TCT-TTKT) → CongVan.
  "kind": "CongVan",
  # "Số: 5Ï/TCT-TTKT": kept as written, as realdocs18 02 kept its OCR'd "4046" (a number the OCR damaged, not blank or a
  # placeholder). **Alternative** "586/TCT-TTKT" (the collection's file name "CV_586_01032023TCT…"), or null (a digit
  # read as "Ï" is none of the contract's look-alike letters Z O Ø I l S B, and two digits are lost).
  "number": "5Ï/TCT-TTKT",
  # "BO TÀI CHÍNH" over "TONG CỤC THUÊ" (joined with the motto) → the general department, its misread name read as the
  # name (realdocs18). Alternative "Bộ Tài chính".
  "issuer": TCT,
  "place": "Hà Nội",
  # "Hà Nội, ngày C4 tháng 3 năm 2023": the day unreadable → null. Alternative 2023-03-01 (the e-signature stamp
  # "01.03.2023 15:52" and the file name; "C4" may be the OCR of "01").
  "issuedOn": None,
  # The three subject lines joined as written (lower-case "v/v", OCR "kiêm tra thuê" kept).
  "title": "v/v tăng cường công tác thanh tra, kiêm tra thuê năm 2023",
  # "Noi nhận: KT. TONG CỤC TRƯỞNG" / "+ Như trên: . PHO TONG CỤC TRƯỜNG": capacity and title set beside the recipients,
  # read in title case with their marks (realdocs18 03; the OCR "TRƯỜNG" for "TRƯỞNG"); no name under the block (the
  # OCR's last line is "-Lưu VT, TTKT. ,„_ ồ") → name null.
  "signer": {"name": None, "position": "Phó Tổng cục trưởng", "capacity": "KT. Tổng cục trưởng"},
  "references": [
    # "Thực hiện Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ …; Quyết định số 33/QĐ-TCT ngày 12/01/2023 của Bộ
    # Tài chính về việc ban hành kế hoạch hành động …" → implements. 01/NQ-CP is cited again inside 33's title with
    # another date ("Nghị quyết số 01/NQ-CP ngày 12/01/2023"): one reference, its first date.
    R("NghiQuyet", "01/NQ-CP", "2023-01-06", "Chính phủ", I),
    R("QuyetDinh", "33/QĐ-TCT", "2023-01-12", "Bộ Tài chính", I),
    # Item 1: "kế hoạch … đã được Tổng cục Thuế phê duyệt theo Quyết định số 1960/QD-TCT ngày 15/12/2022" (no "của" →
    # issuer null; alternative "Tổng cục Thuế"). "QD" as written.
    R("QuyetDinh", "1960/QD-TCT", "2022-12-15", None, M),
    # Bullet 1.4: "Thông tư 06/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ".
    R("ThongTu", "06/2021/TT-TTCP", "2021-10-01", "Thanh tra Chính phủ", M),
    # Bullet 4.1: "Quyết định số 78/QD-TCT ngày 02/02/2023 của Tổng cục Thuế".
    R("QuyetDinh", "78/QD-TCT", "2023-02-02", TCT, M),
    # Item 5: "khoản 1, Điều 77, Luật Quản lý thuế số 38/2019/QH14" (no date, no "của").
    R("Luat", "38/2019/QH14", None, None, M),
    # Item 10: "Quyết định số 429/TCT-TCCB ngày 14/02/2023 của Tổng cục Thuế" (the kind word names a decision although
    # the symbol is a letter's).
    R("QuyetDinh", "429/TCT-TCCB", "2023-02-14", TCT, M),
  ],
  # Items without their marks ("+", "~", "-" as the OCR read the dashes) and trailing ";"/":"; the signature's words on
  # the same lines (". PHO TONG CỤC TRƯỜNG") and the OCR tail ",„_ ồ" dropped.
  "recipients": ["Như trên", "Cục Thuê DNL (để thực hiện)", "Lưu VT, TTKT."],
}
# A letter of requests ("Tổng cục Thuế đề nghị các Cục Thuế tổ chức thực hiện một số công việc sau:") → every task
# `requested`, also those whose text names the departments again; lead the body asked, as the opening writes it.
CT = ["các Cục Thuế"]
KT, K = "KiemTraGiamSat", "Khac"
tasks = []
def add(path, sub, cat, lead=CT, dl=None, amb=None, after=None):
    tasks.append(T(path, A(L(sub), after=after), list(lead), [], dl, cat, mode="requested", amb=amb))

# 1 (judgement call): a closed item that does work of its own ("Hoàn thành kế hoạch thanh tra, kiểm tra thuế còn tồn, dở
# dang của năm 2022 trước ngày 29/4/2023. Đồng thời, tổ chức thực hiện ngay kế hoạch … năm 2023 …. Cục Thuế chủ động lập
# kế hoạch triển khai, giao chỉ tiêu …") over four "-" bullets that add further work (they do not spell item 1 out: an
# intro ending in a colon would) → item 1 is a task besides its bullets, as the contract reads "1. Bộ … chủ trì …; xây
# dựng kế hoạch …." over "- Ban hành …". The OCR lost the number "2." (the items run 1, 3, 4 …): the bullets may have
# stood under a lost item 2 whose title line is gone; the text as it stands sets them under 1 → paths 1.1–1.4
# (**alternative** 2.1–2.4; or item 1 as a heading with no task of its own, −1). Deadline "trước ngày 29/4/2023" → date;
# "kế hoạch … năm 2023" names a plan. KiemTraGiamSat (completing inspection plans).
add("1", "1. Hoàn thành kế hoạch thanh tra", KT, dl=D("date", "trước ngày 29/4/2023", "2023-04-29"))
# 1.1: risk-based inspection planning, flexible inspection schemes, electronic data exchange → KiemTraGiamSat.
add("1.1", "- Áp dụng nguyên tắc quản lý rủi ro", KT)
# 1.2: enter the monthly inspection results into the TTR application → Khac (records; alternative KiemTraGiamSat), as
# realdocs18 02 item 4 read the same duty: recurring month, **ambiguous** ("hàng tháng" may qualify the results;
# alternative null).
add("1.2", "- Chỉ đạo quyết liệt và nghiêm túc", K, dl=D("recurring", "hàng tháng", None, "month"), amb=True)
# 1.3: keep the e-diary of inspections; supervise the inspection teams → KiemTraGiamSat. Its text runs over the page break.
add("1.3", "- Thực hiện việc ghi Nhật ký điện tử", KT)
# 1.4: collect the tax and fines found by inspections; keep every inspection to the law and the procedures → Khac
# (collection follow-up; alternative KiemTraGiamSat).
add("1.4", "- Đôn đốc thu hồi kịp thời", K)
# 3: inspections of e-commerce and platform businesses → KiemTraGiamSat.
add("3", "3. Tăng cường công tác thanh tra, kiểm tra thuế đối với các doanh nghiệp", KT)
# "4. Tăng cường công tác thanh tra, kiểm tra thuế trong lĩnh vực hóa đơn:" ends in a colon over one bullet that spells it
# out → the bullet is the task (4.1), no task for the heading. Its own subject "Các Cục Thuế" leads (requested, the letter
# can only ask). KiemTraGiamSat.
add("4.1", "- Các Cục Thuế thực hiện triển khai", KT, lead=["Các Cục Thuế"])
# 5: inspections of VAT refunds; "thanh tra, kiểm tra 100% trong vòng một năm (kể từ thời điểm hoàn thuế)" is a span
# counted from each refund, no calendar due → null; "trong năm" qualifies the files. KiemTraGiamSat.
add("5", "5. Tăng cường công tác thanh tra, kiểm tra hoàn thuế", KT)
# 6: transfer-pricing inspections → KiemTraGiamSat.
add("6", "6. Tăng cường công tác thanh tra, kiểm tra thuế đối với các doanh nghiệp", KT, after="6. ")
# 7: review and check real-estate firms' returns; add the risky ones to the inspection plan → KiemTraGiamSat. Runs over
# the page break.
add("7", "7. Thực hiện đôn đốc, rà soát", KT)
# 8: carry out the Tổng cục's directions, the audit and inspectorate conclusions, the steering committees' plans; "các
# Cục Thuế chủ động phối hợp, báo cáo các cơ quan chức năng, các cấp có thẩm quyền …" (no "với": the bodies are whom they
# report to, no supports) → Khac (alternative KiemTraGiamSat).
add("8", "8. Khan trương, nghiêm túc", K)
# 9: coordination against tax evasion; files with signs of crime to the investigating body at once → Khac (alternative
# KiemTraGiamSat). "phối hợp giữa các cơ quan có thẩm quyền" names no support (coordination between bodies, no "với").
add("9", "9. Tăng cường công tác phối hợp", K)
# 10: discipline and conduct of the tax officials → ToChucBoMay (staff; alternative Khac).
add("10", "10. Tăng cường kỷ cương", "ToChucBoMay")
# "Tổng cục Thuế thông báo để các Cục Thuế biết và triển khai thực hiện. Nếu có vướng mắc, dé nghị các Cục Thuế phản ánh
# về Tổng cục Thuế … dé kịp thời xử lý./." → the line for information and the difficulties notice: none.
write(SRC, doc, tasks)
