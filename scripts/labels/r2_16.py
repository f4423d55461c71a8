"""Blind labels for realdocs2 16: Quyết định 2820/QĐ-UBND TP Hồ Chí Minh 2025 issuing the Kế hoạch triển khai Quyết định
06/QĐ-TTg and Quyết định 3103/QĐ-BTC (Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch), read as the plan.
Body (II–IV) and appendix table (PHỤ LỤC, rows numbered per roman group) are both labelled."""
from labelkit import T, D, write, auto_anchor, read_lines
from r2kit import strict_anchor
SRC = "16_quyetdinh-kehoach-2820-QD-UBND-HoChiMinh-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
LINES = read_lines(SRC)
def C(ln):
    """Anchor inside one table cell: from ln up to the next lone '|' line (tables have no blank lines)."""
    stop = ln
    while LINES[stop - 1].strip() != '|':
        stop += 1
    return strict_anchor(SRC, ln, stop)
HCM = "Ủy ban nhân dân Thành phố Hồ Chí Minh"
TTG = "Thủ tướng Chính phủ"
CP = "Chính phủ"
def L(num, on):
    return {"kind": "Luat", "number": num, "issuedOn": on, "issuer": None, "relation": "basis"}
doc = {
  "kind": "KeHoach", "number": "2820/QĐ-UBND", "issuer": HCM,
  "place": "Thành phố Hồ Chí Minh", "issuedOn": "2025-11-19",
  "title": "TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ 3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH VỀ ĐỀ ÁN XÂY DỰNG VÀ QUẢN LÝ HỆ THỐNG THÔNG TIN VÀ CƠ SỞ DỮ LIỆU QUỐC GIA VỀ QUY HOẠCH",
  "signer": {"name": "Nguyễn Lộc Hà", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    L("72/2025/QH15", None),
    L("67/2006/QH11", "2006-06-29"),
    L("60/2024/QH15", "2024-11-30"),
    L("31/2024/QH15", "2024-01-18"),
    dict(L("27/2023/QH15", None), relation="mentions"),
    dict(L("29/2023/QH15", None), relation="mentions"),
    dict(L("32/2024/QH15", None), relation="mentions"),
    L("20/2023/QH15", "2023-06-22"),
    L("50/2014/QH13", None),
    L("62/2020/QH14", "2020-06-17"),
    L("27/2018/QH14", "2018-06-14"),
    L("58/2024/QH15", "2024-11-29"),
    L("24/2018/QH14", "2018-06-12"),
    L("104/2016/QH13", "2016-04-06"),
    L("86/2015/QH13", "2015-11-19"),
    {"kind": "NghiQuyet", "number": "03/NQ-CP", "issuedOn": "2025-01-09", "issuer": CP, "relation": "basis"},
    {"kind": "NghiQuyet", "number": "57-NQ/TW", "issuedOn": "2024-12-22", "issuer": "Bộ Chính trị", "relation": "mentions"},
    {"kind": "NghiQuyet", "number": "71/NQ-CP", "issuedOn": "2025-04-01", "issuer": CP, "relation": "basis"},
    {"kind": "QuyetDinh", "number": "749/QĐ-TTg", "issuedOn": "2020-06-03", "issuer": TTG, "relation": "basis"},
    {"kind": "QuyetDinh", "number": "06/QĐ-TTg", "issuedOn": "2025-01-02", "issuer": TTG, "relation": "implements"},
    {"kind": "NghiQuyet", "number": "98/2023/QH15", "issuedOn": "2023-06-24", "issuer": "Quốc hội", "relation": "basis"},
    {"kind": "NghiQuyet", "number": "66.2/2025/NQ-CP", "issuedOn": "2025-08-28", "issuer": CP, "relation": "basis"},
    {"kind": "QuyetDinh", "number": "1629/QĐ-TTg", "issuedOn": "2023-12-16", "issuer": TTG, "relation": "basis"},
    {"kind": "QuyetDinh", "number": "790/QĐ-TTg", "issuedOn": "2024-08-03", "issuer": TTG, "relation": "basis"},
    {"kind": "QuyetDinh", "number": "1711/QĐ-TTg", "issuedOn": "2024-12-31", "issuer": TTG, "relation": "basis"},
    {"kind": "QuyetDinh", "number": "3103/QĐ-BTC", "issuedOn": "2025-09-05", "issuer": "Bộ Tài chính", "relation": "implements"},
    {"kind": "QuyetDinh", "number": "01/2025/QĐ-UBND", "issuedOn": "2025-07-01", "issuer": HCM, "relation": "basis"},
    {"kind": "KeHoach", "number": "4354/KH-UBND", "issuedOn": "2025-06-14", "issuer": HCM, "relation": "basis"},
    {"kind": "KeHoach", "number": "459-KHHĐ/TU", "issuedOn": "2025-05-21", "issuer": "Thành ủy Thành phố Hồ Chí Minh", "relation": "mentions"},
    {"kind": "CongVan", "number": "11033/STC-CSTH", "issuedOn": "2025-10-29", "issuer": "Sở Tài chính", "relation": "mentions"},
  ],
  "recipients": [
    "Như Điều 3",
    "Thủ tướng Chính phủ (để b/c)",
    "Các Phó Thủ tướng Chính phủ (để b/c)",
    "Văn phòng Chính phủ (để b/c)",
    "Bộ Tài chính (để b/c)",
    "Thường trực Thành ủy (để b/c)",
    "Thường trực HĐND TP (để b/c)",
    "Đảng ủy UBND TP (để b/c)",
    "TTUB: CT và các PCT",
    "Văn phòng Thành ủy (để ph/h)",
    "Văn phòng ĐBQH và HĐND TP (để ph/h)",
    "VPUB: CVP, các PCVP",
    "Các Phòng NCTH",
    "Lưu: VT, (TH/MT)",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
STC = ["Sở Tài chính"]
KHCN = "Sở Khoa học và Công nghệ"
CDS = ["Trung tâm Chuyển đổi số Thành phố"]
CA = "Công an Thành phố"
XA = "Ủy ban nhân dân xã, phường, đặc khu"
SN = ["Các sở, ngành", XA]            # "Các sở, ngành, UBND xã, phường, đặc khu"
sn = ["các sở, ngành", XA]            # the same after another body
P = lambda t, due: D("period", t, due)
ONG = lambda t: D("ongoing", t)
YEAR = lambda t: D("recurring", t, None, "year")
QUARTER = lambda t: D("recurring", t, None, "quarter")
Q4_26 = P("Quý IV/2026", "2026-12-31")
Y25_30 = P("Năm 2025-2030", "2030-12-31")
tasks = [
  # Quyết định Điều 1–3: not tasks. Plan I MỤC ĐÍCH, YÊU CẦU: not tasks.
  # II NỘI DUNG THỰC HIỆN (no owners)
  T("II.1.1", A(219), [], [], None, K),
  T("II.1.2", A(223), [], [], None, K),
  T("II.2.1", A(230), [], [], None, K),
  T("II.2.2", A(233), [], [], None, K),
  T("II.2.3", A(237), [], [], ONG("thường xuyên"), K),
  T("II.3.1", A(243), [], [], None, K),
  T("II.3.2", A(246), [], [], None, BH),
  T("II.3.3", A(250), [], [], None, BM),
  T("II.4.1", A(257), [], [], None, BM),
  T("II.4.2", A(261), [], [], None, TT),
  T("II.5.1", A(267), [], [], ONG("24/7"), K, amb=True),
  T("II.5.2", A(270), [], [], YEAR("hàng năm"), BH, amb=True),
  T("II.5.3", A(273), [], [], None, K),
  # II.6 Kinh phí thực hiện: funding items under the NỘI DUNG section, tasks by the structural rule (label 14 III.4.a).
  T("II.6.1", A(278), [], [], None, K),
  T("II.6.2", A(282), [], [], None, TM),
  T("II.6.3", A(286), [], [], None, K),
  # III NHIỆM VỤ TRỌNG TÂM ("Lộ trình chung"): five numbered items with their time spans.
  T("III.1", A(301), [], [], P("(2025 - 2026)", "2026-12-31"), K),
  T("III.2", A(305), [], [], P("(2025 - 2030)", "2030-12-31"), K),
  T("III.3", A(309), [], [], ONG("(2026 trở đi)"), K, amb=True),
  T("III.4", A(313), [], [], P("(2027 - 2030)", "2030-12-31"), K),
  T("III.5", A(317), [], [], P("(xuyên suốt 2025 - 2035)", "2035-12-31"), BM, amb=True),
  # IV TỔ CHỨC THỰC HIỆN
  T("IV.1.1", A(327), STC, [], None, KT),
  T("IV.1.2", A(330), STC, ["các đơn vị liên quan"], None, TM),
  T("IV.1.3", A(337), STC, [KHCN], YEAR("hằng năm"), BH, amb=True),
  T("IV.1.4", A(343), STC, ["Sở Xây dựng", "Sở Quy hoạch - Kiến trúc", "Sở Nông nghiệp và Môi trường"], None, K),
  T("IV.1.5", A(350), STC, [], None, BC),
  T("IV.2", A(360), [KHCN], ["Sở Nội vụ", "các đơn vị có liên quan"], None, BM),
  T("IV.3", A(368), [CA], ["Bộ Tư lệnh Thành phố", "các đơn vị có liên quan"], None, KT),
  T("IV.4", A(375), CDS, [CA, "các đơn vị có liên quan"], None, K),
  T("IV.5.1", A(383), ["Các sở ngành liên quan", "Viện Nghiên cứu phát triển Thành phố"], ["các sở, ngành, đơn vị có liên quan"], None, K),
  T("IV.5.2", A(387), ["Các sở ngành liên quan", "Viện Nghiên cứu phát triển Thành phố"], [], None, K),
  # IV.5.3 "Phối hợp thu thập, biên tập, chuẩn hóa dữ liệu quy hoạch." cannot be anchored (two 4-word lines).
  T("IV.5.4", A(393), ["Các sở ngành liên quan", "Viện Nghiên cứu phát triển Thành phố"], [], ONG("thường xuyên"), K),
  T("IV.5.5", A(396), ["Các sở ngành liên quan", "Viện Nghiên cứu phát triển Thành phố"], [], QUARTER("định kỳ hằng quý"), BC),
  T("IV.6.1", A(403), ["Ủy ban nhân dân phường, xã, đặc khu"], ["các đơn vị có liên quan"], None, K),
  T("IV.6.2", A(407), ["Ủy ban nhân dân phường, xã, đặc khu"], [], None, KT),
  T("IV.6.3", A(410), ["Ủy ban nhân dân phường, xã, đặc khu"], [], ONG("Thường xuyên"), K),
  # IV.6.4 and IV.7.1–2 (duty to be accountable / to execute on time) are rules, not tasks.
  T("IV.7.3", A(430), STC, [], QUARTER("định kỳ hằng quý"), BC),
  # IV.8 Phương án huy động kinh phí: three action bullets, no owner.
  T("IV.8.1", A(437), [], [], None, K),
  T("IV.8.2", A(441), [], [], None, K),
  T("IV.8.3", A(444), [], [], None, TM),
  # PHỤ LỤC: NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH, PHƯỜNG, XÃ, ĐẶC KHU (one table; rows renumber in each roman group).
  T("PL1.I.1", C(485), STC, SN, P("Quý IV/2025", "2025-12-31"), BH),
  T("PL1.I.2", C(503), STC, SN, P("Năm 2025 - 2026", "2026-12-31"), BH),
  T("PL1.I.3", C(519), STC, SN, P("Năm 2025 - 2026", "2026-12-31"), BH),
  T("PL1.I.4", C(536), SN, STC, P("Quý II/2027", "2027-06-30"), K),
  T("PL1.II.1.a", C(559), CDS, [KHCN] + sn, Q4_26, K),
  T("PL1.II.1.b", C(575), CDS, [KHCN] + sn, Q4_26, K, amb=True),
  T("PL1.II.2", C(584), STC, SN, Q4_26, K),
  T("PL1.II.3", C(599), CDS, ["Sở Tài chính", KHCN] + sn, Q4_26, K),
  T("PL1.III.1", C(623), SN, STC, Q4_26, K),
  T("PL1.III.2", C(641), SN, STC, Q4_26, K),
  T("PL1.III.3", C(658), [XA], ["Các sở, ngành"], Q4_26, K),
  T("PL1.III.4", C(675), STC, SN, Q4_26, K),
  T("PL1.III.5", C(692), [XA], ["Các sở, ngành"], P("Quý I/2030", "2030-03-31"), K),
  T("PL1.III.6", C(710), SN, STC, P("Quý II/2030", "2030-06-30"), K),
  T("PL1.IV.1", C(734), [CA], [KHCN] + sn, Q4_26, K),
  T("PL1.IV.2.a", C(753), STC, SN, Q4_26, K),
  T("PL1.IV.2.b", C(764), [KHCN], STC, Q4_26, K, amb=True),
  T("PL1.IV.3", C(774), STC, SN, Q4_26, K),
  T("PL1.IV.4.a", strict_anchor(SRC, 790, 793), SN, STC, P("Năm 2026", "2026-12-31"), BM),
  T("PL1.IV.4.b", strict_anchor(SRC, 793, 796), STC, SN, P("Năm 2026", "2026-12-31"), BM),
  T("PL1.V.1.a", C(817), [KHCN, "Trung tâm Chuyển đổi số Thành phố"], ["Sở Nội vụ"] + sn, Y25_30, BM),
  T("PL1.V.1.b", C(836), STC, ["Sở Nội vụ"] + sn, Y25_30, BM, amb=True),
  T("PL1.V.2", C(845), [KHCN, CA], ["Sở Tài chính", "Sở Nội vụ"] + sn, Y25_30, BM),
  T("PL1.V.3", C(857), STC, SN, Y25_30, K),
  T("PL1.VI.1", C(876), [KHCN, "Viện Nghiên cứu phát triển Thành phố"], SN, YEAR("Hằng năm."), TT),
  T("PL1.VI.2", C(891), STC, SN, YEAR("Hằng năm."), BC),
  T("PL1.VI.3", C(905), STC, SN, YEAR("Hằng năm."), TM),
  T("PL1.VI.4", C(919), STC, SN, None, TM),
  T("PL1.VI.5", C(933), SN, STC, QUARTER("Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính"), BC, amb=True),
]
write(SRC, doc, tasks)
