"""Blind labels for realdocs5 05: Công văn 7103/UBND-TH of the Lào Cai People's Committee (10/7/2026) on carrying out
Nghị định 178/2026/NĐ-CP (infrastructure assets): "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu … triển khai thực hiện các nội
dung sau:" over seven numbered items (1 ownerless, 2–6 owner headings, 7 Tổ chức thực hiện). pdftotext layout text from
Trangsct/skill-sct. Annotator annot7; see corpus/labels/NOTES.md (realdocs5)."""
from labelkit import T, D
from r5kit import anchor, write
SRC = "05_congvan-7103-UBND-TH-LaoCai-2026-trien-khai-ND178-tai-san-ket-cau-ha-tang.txt"
A = lambda ln, after=None: anchor(SRC, ln, after)
UB = "Ủy ban nhân dân tỉnh Lào Cai"
R = lambda kind, number, on, issuer, rel="mentions": {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": rel}
doc = {
  "kind": "CongVan", "number": "7103/UBND-TH", "issuer": UB, "place": "Lào Cai", "issuedOn": "2026-07-10",
  "title": "V/v triển khai thực hiện Nghị định số 178/2026/NĐ-CP ngày 20/5/2026 của Chính phủ",
  "signer": {"name": "Ngô Hạnh Phúc", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    R("NghiDinh", "178/2026/NĐ-CP", "2026-05-20", "Chính phủ", "implements"),
    R("CongVan", "8388/BTC-QLCS", "2026-06-19", "Bộ Tài chính", "implements"),
  ],
  "recipients": ["Như trên", "Thường trực Tỉnh ủy (báo cáo)", "Chủ tịch UBND tỉnh", "Các Phó Chủ tịch UBND tỉnh",
                 "CVP, các PCVP UBND tỉnh", "Các chuyên viên tham mưu", "Lưu: VT, TH(Dũng)"],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
# 2's "Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:" lists seven bodies (the
# parentheses give each one's asset class, not a unit) → they are the leads of a)–đ) (alternative: the heading's group).
SO = ["Sở Công Thương", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch",
      "Sở Xây dựng", "Ban Quản lý Khu kinh tế", "Ban Quản lý các khu công nghiệp"]
XA = "Ủy ban nhân dân các xã, phường"
CQ4 = "Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử dụng hoặc khai thác tài sản kết cấu hạ tầng"
STC = "Sở Tài chính"
SOCN = "các sở quản lý nhà nước chuyên ngành về hạ tầng"
tasks = [
  # 1 has no owner: the introduction's "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, …" → required.
  T("1", A(27), ["các sở, ban, ngành, địa phương, cơ quan, đơn vị, doanh nghiệp"], [], None, TT, mode="required"),
  T("2.a", A(50), SO, ["các cơ quan, đơn vị, địa phương"], None, TM),
  T("2.b", A(56), SO, [], None, KT),
  T("2.c", A(60), SO, [], None, BH),
  T("2.d", A(64), SO, [], None, K),
  T("2.đ", A(69), SO, [], None, KT),                    # "định kỳ hoặc đột xuất báo cáo": no frequency → null
  T("3.a", A(74), [XA], [], None, TT),
  T("3.b", A(77), [XA], [SOCN, "các cơ quan, đơn vị có liên quan"], None, K),
  T("3.c", A(81), [XA], [], None, K),
  T("3.d", A(85), [XA], ["các cơ quan quản lý chuyên ngành"], None, K),
  T("4.a", A(91), [CQ4], [], None, K),
  T("4.b", A(94), [CQ4], [], None, K),
  T("4.c", A(97), [CQ4], ["cơ quan quản lý nhà nước chuyên ngành"], None, K),
  T("4.d", A(100), [CQ4], [], None, BC),
  T("5", A(104), ["Thanh tra tỉnh"], [STC, "các cơ quan, đơn vị có liên quan"], None, TM),
  T("6.a", A(111), [STC], [SOCN], None, KT),
  T("6.b", A(117), [STC], [], None, BC),                 # "Định kỳ hoặc đột xuất": no frequency → null
  # 7 Tổ chức thực hiện: a) its own task; its continuation "Các sở quản lý chuyên ngành định kỳ tổng hợp báo cáo … như
  # sau:" is an intro over three bullets → tasks 7.a.1–3 (gold 01 II.4.c convention).
  T("7.a", A(121), ["Các sở, ban, ngành", XA, "các cơ quan, đơn vị và doanh nghiệp"], [], None, K),
  T("7.a.1", A(128), ["Các cơ quan, đơn vị", STC], [], D("recurring", "trước ngày 05/7", "2027-07-05", "year"), BC, amb=True),
  T("7.a.2", A(131), ["Các cơ quan, đơn vị", STC], [], D("recurring", "trước ngày 15/12", "2026-12-15", "year"), BC),
  T("7.a.3", A(133), ["Các sở quản lý chuyên ngành"], [], None, BC),
  # 7.b ("nếu phát sinh khó khăn, vướng mắc … gửi …") and the closing "Yêu cầu Thủ trưởng … nghiêm túc tổ chức triển
  # khai thực hiện" are boilerplate.
]
write(SRC, doc, tasks)
