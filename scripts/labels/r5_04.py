"""Blind labels for realdocs5 04: Kế hoạch 134/KH-UBND of the Lào Cai People's Committee (26/3/2026) carrying out the
provincial Party standing committee's Nghị quyết 34-NQ/TU on industrial parks and clusters in 2026: I MỤC ĐÍCH, YÊU
CẦU; II NỘI DUNG (seven target headings with owner bullets or an owner paragraph); III GIẢI PHÁP THỰC HIỆN (ownerless
bullets); IV VỐN ĐẦU TƯ (funding); V TỔ CHỨC THỰC HIỆN (ten owner headings); VI CHẾ ĐỘ BÁO CÁO. The five appendices it
cites are not in the text. pdftotext layout text from Trangsct/skill-sct. Annotator annot7; see NOTES.md (realdocs5)."""
from labelkit import T, D
from r5kit import anchor, write
SRC = "04_kehoach-134-KH-UBND-LaoCai-2026-phat-trien-khu-cum-cong-nghiep.txt"
def A(ln, after=None):
    """The item's first line, else (its words recur in another item) its next lines, still inside the item."""
    for k in range(3):
        try:
            return anchor(SRC, ln + k, after if k == 0 else None)
        except ValueError:
            pass
    raise ValueError(f"no anchor for the item on line {ln}")
UB = "Ủy ban nhân dân tỉnh Lào Cai"
CP = "Chính phủ"
R = lambda kind, number, on, issuer, rel="mentions": {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": rel}
doc = {
  "kind": "KeHoach", "number": "134/KH-UBND", "issuer": UB, "place": "Lào Cai", "issuedOn": "2026-03-26",
  "title": "Thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai ngày 27/12/2025 về phát triển các khu, cụm công nghiệp trên địa bàn tỉnh Lào Cai năm 2026",
  "signer": {"name": "Nguyễn Thế Phước", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    R("NghiDinh", "35/2022/NĐ-CP", "2022-05-28", CP, "basis"),
    R("NghiDinh", "32/2024/NĐ-CP", "2024-03-15", CP, "basis"),
    R("NghiQuyet", "34-NQ/TU", "2025-12-27", "Ban Thường vụ Tỉnh ủy", "implements"),
    R("Luat", "146/2025/QH15", None, "Quốc hội"),
    R("QuyetDinh", "1902/QĐ-UBND", "2025-06-16", UB),
    R("QuyetDinh", "2339/QĐ-UBND", "2025-12-12", UB),
    R("CongVan", "1289/UBND-TH", "2026-02-23", UB),
    R("QuyetDinh", "1955/QĐ-UBND", "2026-06-19", UB),
    R("Other", "20/TTr-BGT", "2026-02-04", "Ban Quản lý dự án Đầu tư xây dựng công trình giai thông tỉnh Lào Cai"),
    R("QuyetDinh", "898/QĐ-UBND", "2023-06-02", "Ủy ban nhân dân tỉnh Yên Bái"),
    R("Other", "562-TTr/ĐU", "2026-03-13", "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai"),
  ],
  "recipients": ["Như Điều 3", "TT. Tỉnh uỷ, HĐND tỉnh", "Chủ tịch và các PCT UBND tỉnh",
                 "Các sở, ban, ngành thuộc UBND tỉnh", "Các cơ quan TW đóng trên địa bàn tỉnh", "Liên minh HTX tỉnh",
                 "Trung tâm XTĐT, TM&DL tỉnh", "UBND các xã, phường", "Hiệp hội Doanh nghiệp tỉnh",
                 "Báo và PT, TH tỉnh; Cổng TTĐT tỉnh", "Lãnh đạo VPUBND tỉnh", "Lưu: VT, TH (Thắng), KT (Long)"],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
BQL = ["Ban Quản lý Khu kinh tế", "Ban Quản lý các Khu công nghiệp tỉnh"]      # "… và …" split as written
BQL7 = ["Ban Quản lý Khu kinh tế", "Ban Quản lý các Khu công nghiệp tỉnh Lào Cai"]
XA = "Ủy ban nhân dân cấp xã"
CDT = "chủ đầu tư kinh doanh hạ tầng kỹ thuật các khu, cụm công nghiệp trên địa bàn"
SCT, STC, SNN, SXD = "Sở Công Thương", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng"
CDT10 = "Các chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp"
Y26 = lambda t: D("period", t, "2026-12-31")
TX = D("ongoing", "Thường xuyên")
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU: not tasks.
  # II NỘI DUNG: each numbered heading states a target ("Thành lập mới khoảng trên 500ha …"); its owner bullets (1–3) or
  # its one owner paragraph (4–7) are the tasks. "(chi tiết Phụ lục 0N đính kèm)" points to appendices not in the text.
  T("II.1.1", A(62), BQL, [], None, K),
  T("II.1.2", A(68), [XA], ["các Sở, ban ngành", "nhà đầu tư thứ cấp"], None, K),
  T("II.2.1", A(73), BQL, [], None, TM),
  T("II.2.2", A(76), [XA], [], None, K),
  T("II.2.3", A(78), [SCT], [], None, TM),
  T("II.3.1", A(82), [XA], ["các Sở, ban ngành", CDT], None, K),
  T("II.3.2", A(84), ["Chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp"], [], None, K),
  T("II.4", A(90), ["Ủy ban nhân dân phường Lào Cai"], [SXD, "Ban Quản lý khu Kinh tế", "các cơ quan đơn vị liên quan"],
    D("period", "hoàn thành trong quý IV năm 2026", "2026-12-31"), K),
  # II.5: the year bounds the second sentence (the price plan); the Đề án runs "theo lộ trình" → ambiguous.
  T("II.5", A(98), ["Ban Quản lý Khu kinh tế"], ["các sở ban ngành và địa phương"], Y26("hoàn thành trong năm 2026"), K, amb=True),
  T("II.6", A(104), BQL, [], Y26("hoàn thành trong năm 2026"), K),
  T("II.7", A(109), ["Sở Khoa học và Công nghệ"], ["các đơn vị có liên quan"], None, K),
  # III GIẢI PHÁP THỰC HIỆN: "-" bullets under six headings; no owners → lead [], mode null. The (i)…(vi) points inside
  # a bullet stay in its task.
  T("III.1.1", A(114), [], [], None, BH),
  T("III.1.2", A(120), [], [], None, K),
  T("III.1.3", A(123), [], [], None, KT),
  T("III.2.1", A(129), [], [], None, K),
  T("III.2.2", A(136), [], [], None, K),
  T("III.3.1", A(141), [], [], None, K),
  T("III.3.2", A(144), [], [], None, K),
  T("III.4.1", A(148), [], [], None, K),
  T("III.4.2", A(151), [], [], None, K),
  T("III.5.1", A(155), [], [], None, K),
  T("III.5.2", A(172), [], [], None, BM),
  T("III.5.3", A(182), [], [], None, K),
  T("III.6.1", A(187), [], [], None, K),
  T("III.6.2", A(189), [], [], None, K),
  # IV VỐN ĐẦU TƯ: funding amounts and what each source pays for → not tasks.
  # V TỔ CHỨC THỰC HIỆN
  T("V.1.1", A(253), [SCT], [], None, BC),                 # "định kỳ báo cáo": no frequency → null
  T("V.1.2", A(257), [SCT], ["chính quyền địa phương"], None, K),
  T("V.1.3", A(260), [SCT], [], None, K),
  T("V.2.1", A(263), [STC], [], None, K),
  T("V.2.2", A(265), [STC], [], None, TM),
  T("V.2.3", A(269), [STC], ["các cơ quan liên quan"], None, TM),
  T("V.3.1", A(273), [SNN], ["các đơn vị liên quan"], None, K),
  T("V.3.2", A(275), [SNN], ["Sở, Ngành (cơ quan đăng ký đầu tư)"], None, K),
  T("V.3.3", A(280), [SNN], [], None, K),
  T("V.4.1", A(283), [SXD], [], None, K),
  T("V.4.2", A(286), [SXD], ["các Sở, ngành liên quan"], None, K),
  T("V.4.3", A(291), [SXD], [XA], None, TM),
  T("V.4.4", A(293), [SXD], [], None, K),
  T("V.5", A(298), ["Sở Khoa học và Công nghệ"], ["các đơn vị"], None, K),
  T("V.6", A(305), ["Sở Giáo dục và Đào tạo"], ["các sở, ngành, đơn vị liên quan",
                                               "các cơ sở giáo dục nghề nghiệp trong và ngoài tỉnh"], None, BM),
  T("V.7.1", A(309), BQL7, [], None, K),
  T("V.7.2", A(312), BQL7, ["chính quyền địa phương"], None, K),
  T("V.7.3", A(315), BQL7, [], None, K),
  T("V.7.4", A(318), BQL7, [], TX, KT),
  T("V.7.5", A(321), ["Ban Quản lý Khu kinh tế"], [], None, K),     # own subject, one of the heading's two bodies
  T("V.7.6", A(323), BQL7, [], None, K),
  T("V.7.7", A(325), BQL7, [], None, K),
  T("V.7.8", A(327), BQL7, [XA], None, TM),
  T("V.8", A(330), ["Các sở, ban, ngành", "các đơn vị khác có liên quan"], ["các cơ quan chủ trì"], None, K),
  T("V.9.1", A(332), [XA], ["các Sở, ban ngành", CDT], None, K),
  T("V.9.2", A(336), [XA], ["các sở, ngành, đơn vị liên quan"], None, TM),
  T("V.9.3", A(342), [XA], [], TX, KT),
  T("V.9.4", A(345), ["Ủy ban nhân dân phường Yên Bái"], ["Ủy ban nhân dân phường Văn Phú", "các sở, ban ngành có liên quan"],
    Y26("hoàn thành phê duyệt phương án trong năm 2026"), BH),
  T("V.10.1", A(349), [CDT10], [], None, K),
  T("V.10.2", "- Thu hút, mời gọi các nhà đầu tư đăng ký vào", [CDT10], [], None, K),
  T("V.10.3", A(353), [CDT10], [], None, K),
  # VI CHẾ ĐỘ BÁO CÁO: 1 is a task; 2 ("nếu có vướng mắc phát sinh … chủ động gửi ý kiến …") and the closing
  # "Trên đây … Yêu cầu …; đề nghị …" are boilerplate.
  T("VI.1", A(357), ["Các Sở, ban, ngành", "cơ quan, đơn vị"], [],
    D("recurring", "trước ngày 20 hằng tháng", "2026-04-20", "month"), BC),
]
write(SRC, doc, tasks)
