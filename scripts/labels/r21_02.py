"""Blind labels for realdocs21 02: Công văn 4451/TCT-TTKT (OCR "4454"; 29/11/2022, the month read "44") of the Tổng cục
Thuế to the provincial tax departments: findings on their e-commerce inspection reports, then "Tổng cục Thuế đề nghị
Cục Thuế các tỉnh thành phố … thực hiện các yêu cầu cụ thể như sau:" over two topic items with "-" bullets (the second
with an intro over seven "+" bullets), a reporting request with a date, contacts and the closing line. Tesseract OCR
under the tax collection's front matter and the e-signature stamp. Annotator annot23; see NOTES.md (realdocs21)."""
from labelkit import T, D
from r21kit import A as _A, R, L as _L, write
SRC = "02_congvan-4451-TCT-TTKT-2022-chan-chinh-bao-cao-tang-cuong-quan-ly-thue-TMDT-ocr.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
TCT = "Tổng cục Thuế"
doc = {
  "kind": "CongVan",
  # "Số: 4454 /TCT-TTKT": the number as the OCR gives it (realdocs18 02's "4046"); the stored file's name says 4451
  # (alternative "4451/TCT-TTKT").
  "number": "4454/TCT-TTKT",
  # "BO TÀI CHÍNH" over "TỎNG CỤC THUÊ" → the general department, its misread name read as the name (realdocs18).
  "issuer": TCT,
  # "Hà Nội, ngày 29 tháng 44 năm 2022": no month 44 → issuedOn null (alternative 2022-11-29, from the stamp "Thời gian
  # ky: 30.11.2022" and the file name; realdocs18 took an unreadable date as null).
  "place": "Hà Nội", "issuedOn": None,
  # The V/v lines joined, as written (realdocs18 02, 03 kept "V/v" and the final stop).
  "title": "V/v Chân chỉnh công tác báo cáo kêt quả TTKT thuế và tiếp tục tăng cường công tác quản lý thuế đối với "
           "lĩnh vực TMDT.",
  # "Not nhận: TL. TONG CỤC ' TRUONG" and no title or name after the list (the OCR ends "&+") → the capacity alone,
  # read in title case without the stray quote.
  "signer": {"name": None, "position": None, "capacity": "TL. Tổng cục trưởng"},
  # 997/TCT-TTKT (4/4/2022), cited five times, once "… ngày 4/4/2022 của Tổng cục Thuế" → one reference, mentions (the
  # letter recalls it; no "Thực hiện").
  "references": [R("CongVan", "997/TCT-TTKT", "2022-04-04", TCT)],
  # The wrapped second item joined; the OCR tail "£" after the last dropped.
  "recipients": ["Như trên", "Phó TCTr Vũ Chí Hùng (để báo cáo)", "Lưu: VT, TTKT"],
}
CT_OPEN = "Cục Thuế các tỉnh thành phố trực thuộc Trung ương"
CT = "Cục Thuế"
RQ = "requested"
tasks = [
  # The three "-" findings before the opening ("Nhiều Cục Thuế chưa nghiêm túc báo cáo …") state what was found → none.
  # The opening "Tổng cục Thuế đề nghị Cục Thuế các tỉnh thành phố / … / trực thuộc Trung ương … như sau:" (the name
  # broken by the page break) makes this a letter of requests: every item `requested`.
  # "1. Đối với công tác tổng hợp, báo cáo …" and "2. Đấi với việc …" are topic headings (closed by a stop, no verb of
  # their own) over "-" bullets: the bullets are the tasks.
  # 1.1 its own "Téng cục Thuế dé nghị Cục Thuế các tỉnh thành phố trực thuộc Trung / ương" → that body; straighten
  # the reporting on inspections → BaoCao.
  T("1.1", A(L("- Téng cục Thuế dé nghị Cục Thuế"), "-"), [CT_OPEN], [], None, "BaoCao", mode=RQ),
  # 1.2 "Để nghị Cục Thuế chú trọng nghiên cứu, rà soát, bỗ sung kế hoạch thanh tra kiểm tra …" → KiemTraGiamSat.
  T("1.2", A(L("- Để nghị Cục Thuế chú trọng nghiên cứu"), "-"), [CT], [], None, "KiemTraGiamSat", mode=RQ),
  # 1.3 "Báo cáo kết quả cần thể hiện chỉ tiết …; Đồng thời, cần nêu rõ những khó khan, vướng mắc và dé xuất giải pháp
  # …": what the departments' reports must contain, owner from the opening → BaoCao (alternative none: it describes the
  # report rather than work).
  T("1.3", A(L("- Báo cáo kết quả cần thể hiện"), "-"), [CT_OPEN], [], None, "BaoCao", mode=RQ),
  # 1.4 "Tổng cục Thuế sẽ định ky tổng hợp, rà soát các Cục Thuế không thực hiện báo cáo … sẽ định kỳ thống kê và đề
  # nghị áp dụng các hình thức chấn chính …": the issuer's own follow-up, reportable → a task led by the Tổng cục Thuế,
  # `assigned` (its own work; no request; **alternative** none, a warning of the sanctions to the addressees);
  # "định kỳ" with no rhythm → no deadline; "thường xuyên có kết quả không phát sinh" qualifies the results →
  # KiemTraGiamSat (alternative BaoCao).
  T("1.4", A(L("- Tổng cục Thuế sẽ định ky tổng hợp"), "-"), [TCT], [], None, "KiemTraGiamSat"),
  # 2.1 its own "Để nghị Cục Thuế các tỉnh thành phế trực thuộc Trung ương" (OCR "phế" kept as written; alternative
  # "thành phố") → keep implementing the measures of 997 → Khac.
  T("2.1", A(L("- Để nghị Cục Thuế các tỉnh thành phế"), "-"), ["Cục Thuế các tỉnh thành phế trực thuộc Trung ương"], [],
    None, "Khac", mode=RQ),
  # 2.2 "- Bên cạnh việc …, Tổng cục Thuế đề nghị Cục Thuế tăng cường … theo các yêu cầu cụ thé như sau:" ends in a
  # colon: the intro, no task; its "Cục Thuế" leads the seven "+" bullets 2.2.1–7.
  # 2.2.1 set up staff to collect and keep a list of influencers; "thường xuyên theo dõi, cập nhật" in the item's own
  # sentence → ongoing, **ambiguous** (it qualifies the updating, not the setting up; alternative null); Khac
  # (alternative ToChucBoMay for "Tổ chức, phân công … cán bộ").
  T("2.2.1", A(L("+ Tổ chức, phân công cụ thể phòng"), "+"), [CT], [], D("ongoing", "thường xuyên"), "Khac",
    mode=RQ, amb=True),
  # 2.2.2 a finding ("Hiện nay, trên địa bàn thành phố Hà Nội …"), then its own "Tổng cục Thuế đề nghị Cục Thuế các
  # tỉnh thành phó trực thuộc Trung ương chú trọng, đây mạnh công tác phối hợp, trao đổi thông tin với cơ quan cảnh sát
  # điều tra …" → that body as written (OCR "phó"); the police after "phối hợp … với" → support (alternative none: the
  # cooperation is the work itself); detect and handle evasion → KiemTraGiamSat. Anchored in the request sentence.
  T("2.2.2", A(L("các tỉnh thành phó trực thuộc Trung ương chú trọng")),
    ["Cục Thuế các tỉnh thành phó trực thuộc Trung ương"], ["cơ quan cảnh sát điều tra"], None, "KiemTraGiamSat",
    mode=RQ),
  # 2.2.3 inform influencers and online sellers of their duties → TuyenTruyen.
  T("2.2.3", A(L("+ Đẩy mạnh tuyên truyền cho các cá nhân"), "+"), [CT], [], None, "TuyenTruyen", mode=RQ),
  # 2.2.4 "Chủ động xây dựng kế hoạch, báo cáo UBND các tỉnh …, đề xuất các phương án, giải pháp phối hợp với các sở ban
  # ngành, các doanh nghiệp …": a plan to draft (a text) → BanHanhVanBan (alternative ThamMuu, the report and proposal
  # to the province); the bodies after "giải pháp phối hợp với" are in the solutions proposed, no supports; the
  # province's committees are whom it reports to.
  T("2.2.4", A(L("+ Chủ động xây dựng kế hoạch, báo cáo UBND"), "+"), [CT], [], None, "BanHanhVanBan", mode=RQ),
  # 2.2.5 "Thực hiện phối hợp với các ngân hàng thương mại, các công ty tài chính, các công ty cung cấp dịch vụ trung
  # gian thanh toán để thu thập thông tin …" → three supports (three determiners); collect data → Khac.
  T("2.2.5", A(L("+ Thực hiện phối hợp với các ngân hàng"), "+"), [CT],
    ["các ngân hàng thương mại", "các công ty tài chính", "các công ty cung cấp dịch vụ trung gian thanh toán"], None,
    "Khac", mode=RQ),
  # 2.2.6 compile, review and match the data, then "Xử lý nghiêm các trường hợp … chuyển cơ quan công an …" → a review
  # of data → Khac (alternative KiemTraGiamSat for the handling of evaders); the police is where cases are sent, no
  # support.
  T("2.2.6", A(L("+ Thực hiện tổng hợp, rà soát, đối chiếu"), "+"), [CT], [], None, "Khac", mode=RQ),
  # 2.2.7 add risk-based inspections of firms using foreign platforms → KiemTraGiamSat.
  T("2.2.7", A(L("+ Trên cơ sở đánh giá theo các tiêu chí"), "+"), [CT], [], None, "KiemTraGiamSat", mode=RQ),
  # The paragraph after the list: "… Tổng cục Thuế đề nghị Cục Thuế báo cáo kết quả triển khai thực hiện các nội dung
  # chỉ đạo … về Cục Thanh tra — Kiểm tra Thuế, Tổng cục Thuế trước ngày 05/12/2022." → a report with its own date, a
  # task after the numbered items, path 3 (**alternative** none: the contract's "reporting alone" closing; or a
  # continuation of 2.2.7); the office reported to is no support → BaoCao, date 2022-12-05.
  T("3", A(L("2022, Tổng cục Thuế đề nghị Cục Thuế báo cáo")), [CT], [], D("date", "trước ngày 05/12/2022", "2022-12-05"),
    "BaoCao", mode=RQ),
  # "Mọi ý kiến thắc mắc xin liên hệ …" (contacts) and "Tổng cục Thuế thông báo để Cục Thuế được biết và thực hiện./."
  # (the closing line) → none.
]
write(SRC, doc, tasks)
