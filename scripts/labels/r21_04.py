"""Blind labels for realdocs21 04: Công văn 10315/BTC-TCT (OCR "40345\" /BTC-TCT."; 25/7/2016, the month read "#") of
the Bộ Tài chính to the provincial tax departments on carrying out Luật 106/2016/QH13: an opening that asks them to
disseminate the law "đồng thời triển khai một số nội dung mới của Luật như sau:", two topic items ("1. Về hoàn thuế
GTGT:", "2. Về mức tiền chậm nộp:") that quote the law and say how to apply it, the closing line; a receipt stamp in
the header, the signature reduced to "KT. BỘ TRUONG". Tesseract OCR under the tax collection's front matter.
Annotator annot23; see NOTES.md (realdocs21)."""
from labelkit import T
from r21kit import A as _A, R, L as _L, write
SRC = "04_congvan-10315-BTC-TCT-2016-thuc-hien-Luat-106-2016-QH13-hoan-thue-tien-cham-nop-ocr.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  # "V/ýw thực hiện …" (the OCR's V/v) and a symbol of issuer and unit → CongVan.
  "kind": "CongVan",
  # "ty sé: 40345\" /BTC-TCT." → the digits as the OCR gives them, its stray quote and final stop dropped (realdocs18's
  # "numbers as written"; alternative "10315/BTC-TCT", the file name's, or null for an unreadable number).
  "number": "40345/BTC-TCT",
  # "6“ BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI …": the words before the motto; the receipt stamp's lines above and below are no
  # issuer lines.
  "issuer": "Bộ Tài chính",
  # "Hà Nội, ngày 25 tháng # nam 2016": no month → issuedOn null (alternative 2016-07-25 from the file name).
  "place": "Hà Nội", "issuedOn": None,
  # The subject line as the OCR left it, without the stamp's "(tr " before it (alternative null: cut short).
  "title": "V/ýw thực hiện Luật sô",
  # "„KT. BỘ TRUONG" alone at the end, title and name lost → the capacity alone (realdocs18's convention).
  "signer": {"name": None, "position": None, "capacity": "KT. Bộ trưởng"},
  "references": [
    # "Quốc hội khóa 13 đã thông / qua Luật số 106/2016/QH13 …" on 06/4/2016: no "của" → issuer null (alternative
    # "Quốc hội"); the letter carries it out but cites it in its opening narrative, no "Thực hiện" → mentions
    # (alternative implements, from the subject line "thực hiện Luật sô").
    R("Luat", "106/2016/QH13", "2016-04-06", None),
    R("ThongTu", "219/2013/TT-BTC", "2013-12-31", "Bộ Tài chính"),
  ],
  # Items without dash and ";"; the OCR's ":" for ";" and the tail "đ%/ go" dropped.
  "recipients": ["Như trên", "Bộ trưởng Đinh Tiến Dũng (để b/cáo)", "Lãnh đạo Bộ Tài chính (để b/cáo)",
                 "Vụ PC, CST - BTC", "Vụ PC, KK&KTT, QLN - TCT", "Lưu: VT, TCT(VT, CS(3b))."],
}
RQ = "requested"
tasks = [
  # The opening "… Bộ Tài chính đề nghị các Cục Thuế phổ biến, thông báo cho cán bộ thuế và tuyên truyền tới người nộp
  # thuế … các nội dung quy định của Luật số 106/2016/QH13, đồng thời triển khai một số nội dung mới của Luật như
  # sau:" ends in a colon: the opening that introduces what follows → no task (**alternative** +1: its dissemination
  # request is work of its own that the items do not spell out — TuyenTruyen, lead "các Cục Thuế", requested). It makes
  # the letter one of requests: the items are `requested`.
  # 1 "Về hoàn thuế GTGT:" quotes the law, then "Căn cứ hướng dẫn trên, trường hợp … thì cơ quan thuế vẫn tiếp nhận hồ
  # sơ đề nghị hoàn thuế … và giải quyết hồ sơ …" → the body after "thì" leads (realdocs18 03), requested; keep taking
  # and settling refund claims → Khac. Anchored in that sentence.
  T("1", A(L("chính thì cơ quan thuế vẫn tiếp nhận")), ["cơ quan thuế"], [], None, "Khac", mode=RQ),
  # 2 "Về mức tiền chậm nộp:" quotes the law, then how the new rate applies to older debts and to under-declarations
  # found later ("… thì từ ngày 01/7/2016 chuyển sang áp dụng mức …", "… thì áp dụng tiền chậm nộp theo mức …"), no
  # owner of its own → the opening's "các Cục Thuế" apply it, requested (**alternative** none: rules that state how the
  # law applies, naming no owner; the dates are the rules' periods, no deadline) → Khac. Anchored in its first rule.
  T("2", A(L("Căn cứ hướng dẫn trên, đối với khoản nợ")), ["các Cục Thuế"], [], None, "Khac", mode=RQ),
  # "Bộ Tài chính có ý kiến để Cục Thuế … biết và triển khai thực hiện./." → the closing line, none.
]
write(SRC, doc, tasks)
