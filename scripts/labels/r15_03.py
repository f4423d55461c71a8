"""Blind labels for realdocs15 03: Công văn 3686/UBND-XD of the Ủy ban nhân dân tỉnh Lào Cai (11/5/2026) to the Bộ Xây
dựng, proposing how to unblock the fire-safety checks of vehicles carrying industrial explosives: "Uỷ ban nhân dân tỉnh
Lào Cai báo cáo và đề nghị Bộ Xây dựng nội dung như sau:" over 1 (the rules, quoted), 2 (the difficulties, "Thứ nhất …
Thứ ba …") and 3 "Kiến nghị" ("… trân trọng đề nghị Bộ Xây dựng:" over (i)–(iii)), then a closing call. A province
writing up to a ministry: the only tasks are the three requests. pdftotext layout with the converter's first line,
footnotes inside the text and two form feeds (page starts), from Trangsct/skill-sct. Annotator annot17; see NOTES.md
(realdocs15)."""
from labelkit import T
from r15kit import A as _A, R, L as _L, write
SRC = "03_congvan-3686-UBND-XD-LaoCai-2026-de-xuat-thao-go-kiem-tra-PCCC-phuong-tien-van-chuyen-VLNCN.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "CongVan", "number": "3686/UBND-XD", "issuer": "Ủy ban nhân dân tỉnh Lào Cai",
  "place": "Lào Cai", "issuedOn": "2026-05-11",
  # The five "V/v" lines joined, the final full stop as written (alternative without it).
  "title": "V/v đề xuất sớm tháo gỡ khó khăn, vướng mắc trong kiểm tra điều kiện an toàn PCCC đối với phương tiện "
           "vận chuyển vật liệu nổ công nghiệp, tiền chất thuốc nổ.",
  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" (set beside the recipients) / Phan Trung Bá: the capacity
  # right above the position (r13-04; alternative "TM. Ủy ban nhân dân").
  "signer": {"name": "Phan Trung Bá", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    # "Luật số 42/2024/QH151 ngày 29/6/2024" (footnote marker 1 glued; footnote 1 names the law), never with "của".
    R("Luat", "42/2024/QH15", "2024-06-29", None),
    # Footnote 2: "Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ …".
    R("NghiDinh", "105/2025/NĐ-CP", "2025-05-15", "Chính phủ"),
    # "Quy chuẩn QCVN 122:2024/BGTVT" (body and (ii); footnote 3 without a date of its own): a technical regulation
    # cited by kind and number → kind Other, issuer null (alternative: not a document reference).
    R("Other", "QCVN 122:2024/BGTVT", None, None),
    # "Thông tư số 47/2024/TT-BGTVT4 của Bộ Xây dựng (trước đây là Bộ Giao thông vận tải)" in the body, and footnote 4
    # "Thông tư 47/2024/TT-BGTVT ngày 15/11/2024 của Bộ trưởng Bộ giao thông vận tải": one reference; the footnote's
    # formal citation gives date and issuer (alternative issuer "Bộ Xây dựng", the body's "của").
    R("ThongTu", "47/2024/TT-BGTVT", "2024-11-15", "Bộ trưởng Bộ giao thông vận tải"),
    # Footnote 3: "Bộ Giao thông vận tải ban hành theo Thông tư số 48/2024/TT-BGTVT ngày 15 tháng 11 năm 2024" (no "của").
    R("ThongTu", "48/2024/TT-BGTVT", "2024-11-15", None),
    # Item 2: "Cục Đăng kiểm Việt Nam đã có Văn bản số 6686/ĐKVN-VAQ ngày 28/11/2025 và Văn bản số 1570/ĐKVN-PTGTĐB
    # ngày 29/04/2026", "Cục Cảnh sát … đã có Văn bản số 787/C06-P3 ngày 29/01/2026": letters (symbol of a unit),
    # no "của" → issuer null (alternative the subject body).
    R("CongVan", "6686/ĐKVN-VAQ", "2025-11-28", None),
    R("CongVan", "1570/ĐKVN-PTGTĐB", "2026-04-29", None),
    R("CongVan", "787/C06-P3", "2026-01-29", None),
  ],
  "recipients": ["Như trên", "TTTU, TT HĐND tỉnh (để b/c)", "Cục Đăng kiểm Việt Nam (để p/h)",
                 "Chủ tịch, các PCT UBND tỉnh", "Công an tỉnh", "Các Sở: Xây dựng, Công Thương",
                 "Cty CN Hoá chất mỏ Tây Bắc", "Chi nhánh mỏ tuyển đồng Sin Quyền, Lào Cai - Vimico",
                 "CVP, PCVP UBND tỉnh(Tú, Bích, Minh)", "Lưu: VT, KT, XD(Hùng, Nam)."],
}
BXD, DK = "Bộ Xây dựng", "Cục Đăng kiểm Việt Nam"
RQ = "requested"
tasks = [
  # 1 (the rules, quoted from the law and decree, and what is missing) and 2 (three paragraphs of difficulties) state
  # and ask nothing → none, though listed under the "đề nghị" opening.
  # (i) "Chỉ đạo Cục Đăng kiểm Việt Nam khẩn trương ban hành văn bản hướng dẫn …": the asked ministry directs a body
  # by its name → both lead (the contract's "chỉ đạo Chi cục Thủy lợi kiểm tra …" rule). Issuing guidance.
  T("3.i", A(L("(i). Chỉ đạo Cục Đăng kiểm Việt Nam"), "(i)."), [BXD, DK], [], None, "BanHanhVanBan", mode=RQ),
  # (ii) "Sớm chỉ đạo nghiên cứu, sửa đổi, bổ sung các Quy chuẩn …, Thông tư …": no body directed → the ministry.
  T("3.ii", A(L("(ii). Sớm chỉ đạo nghiên cứu"), "(ii)."), [BXD], [], None, "BanHanhVanBan", mode=RQ),
  # (iii) "… đề nghị Bộ Xây dựng có ý kiến chỉ đạo Cục Đăng kiểm Việt Nam và các cơ quan đăng kiểm địa phương (…) tổ
  # chức kiểm tra và cấp Biên bản xác nhận …": the named Cục leads with the ministry; "các cơ quan đăng kiểm địa
  # phương" is a group directed (who carries it out, no owner; alternative a third lead). Checks → KiemTraGiamSat.
  T("3.iii", A(L("(iii). Trong thời gian chờ"), "(iii)."), [BXD, DK], [], None, "KiemTraGiamSat", mode=RQ),
]
# Closing "Ủy ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng quan tâm, sớm xem xét, chỉ đạo giải quyết./.":
# a bare call (17 words, no follow-up of its own) → no task.
write(SRC, doc, tasks)
