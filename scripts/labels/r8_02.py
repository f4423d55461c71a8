"""Blind labels for realdocs8 02: the Lào Cai People's Committee's Kế hoạch carrying out Chỉ thị 11-CT/TU of the
provincial Party standing committee on mineral management (2026; number and day left blank in the file): I purpose;
II eight headings over mostly subjectless bullets; III funding; IV twelve owner headings; V reporting; a task table
appendix (14 rows). docx text extraction (one line a paragraph, table cells joined by " | ") from Trangsct/skill-sct.
Annotator annot10; see NOTES.md (realdocs8)."""
from labelkit import T, D
from r8kit import A as _A, R, write
SRC = "02_kehoach-UBND-LaoCai-2026-trien-khai-CT11-CTTU-quan-ly-khoang-san.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
TTg = "Thủ tướng Chính phủ"
doc = {
  "kind": "KeHoach", "number": None, "issuer": "Ủy ban nhân dân tỉnh Lào Cai", "place": "Lào Cai",
  "issuedOn": None,
  "title": "Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý nhà nước về khoáng sản trên địa bàn tỉnh Lào Cai",
  "signer": {"name": "Nguyễn Thành Sinh", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    R("ChiThi", "11-CT/TU", "2026-01-04", "Ban Thường vụ Tỉnh ủy", "implements"),
    R("QuyetDinh", "866/QĐ-Tg", "2023-07-18", TTg),
    R("QuyetDinh", "1626/QĐ-TTg", "2023-12-15", TTg),
  ],
  "recipients": ["Bộ Nông nghiệp và Môi trường (để báo cáo)", "Thường trực Tỉnh ủy (để báo cáo)",
                 "Thường trực HĐND tỉnh (để báo cáo)", "Chủ tịch, các PCT UBND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
                 "Cục Địa chất và Khoáng sản Việt Nam", "Các Sở, ban, ngành", "UBND các xã, phường",
                 "CVP, các PCVP UBND tỉnh", "Các chuyên viên TMTH", "Lưu: VT, KT"],
}
K, KT, BH, TM, TT, BC, BM = ("Khac", "KiemTraGiamSat", "BanHanhVanBan", "ThamMuu", "TuyenTruyen", "BaoCao",
                             "ToChucBoMay")
ON = D("ongoing", "Thường xuyên")
on = lambda txt: D("ongoing", txt)
YR = lambda txt="Hàng năm": D("recurring", txt, None, "year")
SNN, SCT, SXD, STC, SNV, SKH, TTT, THUE, CA, XA = ("Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Xây dựng",
    "Sở Tài chính", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Thanh tra tỉnh", "Thuế tỉnh", "Công an tỉnh",
    "Ủy ban nhân dân các xã, phường")
SBN = "Các Sở, ban, ngành"
tasks = [
  # II NHIỆM VỤ, GIẢI PHÁP: bullets without a subject have no owner (lead [], mode null).
  T("II.1.1", A(23), [], [], None, TT),
  T("II.1.2", A(24), [], [], None, TT),
  T("II.1.3", A(25), [], [], None, TT),
  T("II.2.1", A(27), [], [], None, BH),
  T("II.2.2", A(28), [], [], None, K),
  T("II.2.3", A(29), [], [], None, K),
  T("II.3.1", A(31), [], [], None, BH),
  T("II.3.2", A(32), [], [], None, TM),
  T("II.4.1", A(34), [SBN, "Ủy ban nhân dân cấp xã, phường"], [], on("thường xuyên"), K, amb=True),
  T("II.4.2", A(35), [], [], None, BM),
  T("II.4.3", A(36), [], [], None, K),
  T("II.4.4", A(37), [], [], None, K),
  T("II.5.1", A(39), [], [], YR("mỗi năm"), K, amb=True),
  T("II.5.2", A(40), [], [], None, KT),
  T("II.5.3", A(41), [], [], None, K),
  T("II.5.4", A(42), [], [], None, K),
  T("II.6.1", A(44), ["Các cấp, ngành"], [], None, KT),
  T("II.6.2", A(45), ["Các Sở, ngành", "các cơ quan chức năng"], [], None, KT),
  T("II.6.3", A(46), [], [], None, KT),
  T("II.6.4", A(47), [], [], None, KT),   # the tab-indented "- Rà soát, …": a bullet like its neighbours
  T("II.7.1", A(49), [], [], on("thường xuyên"), KT, amb=True),
  T("II.7.2", A(50), [], [], None, TT),
  T("II.7.3", A(51), [], [], None, K),
  T("II.8.1", A(53), [], ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", "các tổ chức chính trị – xã hội"], None, TT),
  T("II.8.2", A(54), [], [], None, K),
  # III KINH PHÍ THỰC HIỆN: a funding sentence naming no owner -> no task.
  # IV TỔ CHỨC THỰC HIỆN
  T("IV.1.1", A(59), ["Giám đốc các Sở", "Thủ trưởng các ban, ngành tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường"], [], None, K),
  T("IV.1.2", A(60), ["Giám đốc các Sở", "Thủ trưởng các ban, ngành tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường"], [], None, BH),
  T("IV.2.1", A(62), [SNN], [], None, KT),
  T("IV.2.2", A(63), [SNN], [], None, TM),
  T("IV.2.3", A(64), [SNN], [], None, BH),
  T("IV.2.4", A(65), [SNN], [], None, TM),
  T("IV.2.5", A(66), [SNN], [], None, K),
  T("IV.2.6", A(67), [SNN], [], on("thường xuyên và đột xuất"), KT, amb=True),
  T("IV.2.7", A(68), [SNN], ["các Sở, ban, ngành", XA], None, KT),
  T("IV.2.8", A(69), [SNN], [], None, K),
  T("IV.2.9", A(70), [SNN], [THUE, SCT, SXD], None, KT),
  T("IV.2.10", A(71), [SNN], [], on("thường xuyên"), KT),
  T("IV.2.11", A(72), [SNN], [], None, K),
  T("IV.3.1", A(74), [SCT], [], None, KT),
  T("IV.3.2", A(75), [SCT], [], None, TT),
  T("IV.3.3", A(76), [SCT], [], None, KT),
  T("IV.3.4", A(77), [SCT], [], None, KT),
  T("IV.3.5", A(78), [SCT], ["cơ quan Thuế", SNN], None, KT),
  T("IV.4.1", A(80), [SXD], [], None, KT),
  T("IV.4.2", A(81), [SXD], [], None, K),
  T("IV.4.3", A(82), [SXD], ["các Sở, ngành liên quan", "Ủy ban nhân dân cấp xã"], None, KT),
  T("IV.4.4", A(83), [SXD], [], None, KT),
  T("IV.4.5", A(84), [SXD], [], None, KT),
  T("IV.4.6", A(85), [SXD], [], None, K),
  T("IV.5.1", A(87), [STC], [], None, K),
  T("IV.5.2", A(90), [STC], [], None, KT),
  T("IV.5.3", A(91), [STC], ["các Sở, ngành liên quan"], YR("hàng năm"), TM),
  T("IV.6.1", A(93), [SNV], ["các cơ quan liên quan"], None, TT),
  T("IV.6.2", A(94), [SNV], [], None, BM),
  T("IV.7.1", A(96), [SKH], ["cơ quan, tổ chức liên quan"], None, K),
  T("IV.7.2", A(97), [SKH], [], None, TM),
  T("IV.8.1", A(99), [TTT], [], YR(), KT),
  T("IV.8.2", A(100), [TTT], ["các cơ quan liên quan"], None, KT),
  T("IV.8.3", A(103), [TTT], [], None, KT),
  T("IV.9.1", A(105), [THUE], [], None, KT),
  T("IV.9.2", A(106), [THUE], [], None, K),
  T("IV.9.3", A(107), [THUE], [SNN], None, KT),
  T("IV.9.4", A(109), [THUE], [], None, KT),
  T("IV.10.1", A(111), [CA], [], None, K),
  T("IV.10.2", A(112), [CA], ["các sở, ngành", "chính quyền địa phương"],
    D("period", "xong trong quý II năm 2026", "2026-06-30"), KT),
  T("IV.10.3", A(113), [CA], [], None, K),
  T("IV.11", A(115), ["Bộ Chỉ huy Quân sự tỉnh"], [], None, K),   # heading over one paragraph
  T("IV.12.1", A(117), [XA], [], None, TT),
  T("IV.12.2", A(118), [XA], [], None, K),
  T("IV.12.3", A(119), [XA], [], None, KT),
  T("IV.12.4", A(120), ["Chủ tịch Ủy ban nhân dân các xã, phường"], [], None, K),  # accountability; own subject
  T("IV.12.5", A(123), [XA], [], None, K),
  # V CHẾ ĐỘ BÁO CÁO
  T("V.1", A(126), ["Các Sở, ngành, địa phương"], [], D("recurring", "định kỳ hàng năm (trước ngày 10/12)", "2026-12-10", "year"), BC),
  T("V.2", A(127), [SNN], [], None, BC),
  # The closing "Ủy ban nhân dân tỉnh Lào Cai yêu cầu … nghiêm túc triển khai … nếu có khó khăn, vướng mắc …" is boilerplate.
  # Phụ lục (one table, unnumbered -> PL1.N): every row a task; cells split at ";", "," and a second determiner.
  T("PL1.1", A(140, "| "), [SBN, XA], [SBN, "các cơ quan, đơn vị, địa phương liên quan"],
    D("period", "Xong trong Quý II/2026", "2026-06-30"), TT),
  T("PL1.2", A(141, "| "), [SNN], [SBN, "các cơ quan, đơn vị, địa phương liên quan"],
    D("date", "Xong trong tháng 5/2026", "2026-05-31"), BH),
  T("PL1.3", A(142, "| "), [SNN], [SBN, "các cơ quan, đơn vị liên quan"], D("period", "Trong năm 2026", "2026-12-31"), TM),
  T("PL1.4", A(143, "| "), [SNN], [SBN, "các địa phương liên quan"], YR(), TM),
  T("PL1.5", A(144, "| "), [SNN], [SBN, "các cơ quan, đơn vị, địa phương liên quan", "các tổ chức hoạt động khai thác khoáng sản"],
    D("date", "Hoàn thành đầu tư, lắp đặt và vận hành xong trước ngày 01/01/2030", "2030-01-01"), K),
  T("PL1.6", A(145, "| "), [SCT, SXD], [SBN, "các địa phương liên quan"], ON, KT),
  T("PL1.7", A(146, "| "), [SXD], ["Các Sở, ban, ngành, địa phương", "các tổ chức hoạt động khai thác khoáng sản liên quan"], ON, KT),
  T("PL1.8", A(147, "| "), [SNV], [SBN, "các địa phương liên quan"], YR(), BM),
  T("PL1.9", A(148, "| "), [TTT], ["Các Sở, ban, ngành và địa phương"], YR(), KT),
  T("PL1.10", A(149, "| "), [THUE], [SBN, "các cơ quan, đơn vị, địa phương liên quan"], YR(), KT),
  # PL1.11: its words recur inside IV.10.2 up to "hồ", so the anchor ends on the cell's full stop.
  T("PL1.11", "khoáng sản bằng tàu cuốc trên sông, suối, hồ.", [CA], ["Các Sở, ban, ngành và địa phương"], D("period", "Xong trong Quý II/2026", "2026-06-30"), KT),
  T("PL1.12", A(151, "| "), [XA], [SNN, "các Sở, ban, ngành"], ON, K),
  T("PL1.13", A(152, "| "), [SBN, XA], [SBN, "các địa phương liên quan"], ON, KT),
  T("PL1.14", A(153, "| "), [XA], [SBN, "Các tổ chức, cá nhân hoạt động khoáng sản"], ON, K),
]
write(SRC, doc, tasks)
