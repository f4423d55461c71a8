"""Blind labels for realdocs8 01: Công văn 5973/UBND-KT of the Lào Cai People's Committee (11/6/2026) on tightening the
management, inspection and checking of mineral activities: "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:" over a general
item ("Trách nhiệm chung của các cơ quan, đơn vị") and eight owner headings, each over "-" bullets; a bare closing
call. pdftotext layout text (with its form feeds) from Trangsct/skill-sct. Annotator annot10; see NOTES.md
(realdocs8)."""
from labelkit import T, D
from r8kit import A as _A, R, write
SRC = "01_congvan-5973-UBND-KT-LaoCai-2026-thanh-tra-kiem-tra-khoang-san.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
TTg, CP = "Thủ tướng Chính phủ", "Chính phủ"
doc = {
  "kind": "CongVan", "number": "5973/UBND-KT", "issuer": "Ủy ban nhân dân tỉnh Lào Cai", "place": "Lào Cai",
  "issuedOn": "2026-06-11",
  "title": "V/v tăng cường công tác quản lý, thanh tra, kiểm tra hoạt động khoáng sản trên địa bàn tỉnh Lào Cai",
  "signer": {"name": "Nguyễn Thành Sinh", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    R("CongVan", "4250/BNNMT-ĐCKS", "2026-04-29", "Bộ Nông nghiệp và Môi trường", "implements"),
    R("CongVan", "4643/VPCP-CN", "2026-05-20", "Văn phòng Chính phủ", "implements"),
    # footnote 1 (page 1), then the body
    R("NghiQuyet", "10-NQ/TW", "2022-02-10", "Bộ Chính trị"),
    R("NghiQuyet", "88/NQ-CP", "2022-07-22", CP),
    R("QuyetDinh", "334/QĐ-TTg", "2023-04-01", TTg),
    R("Other", "39-CTr/TU", "2026-01-29", "Ban Thường vụ Tỉnh ủy Lào Cai"),
    R("ChiThi", "38/CT-TTg", "2020-09-29", TTg),
    R("ChiThi", "11-CT/TU", "2026-01-04", "Ban Thường vụ Tỉnh ủy"),
    R("KeHoach", "200/KH-UBND", "2026-05-05", "Ủy ban nhân dân tỉnh"),
    R("KeHoach", "218/KH-UBND", "2026-05-13", "Ủy ban nhân dân tỉnh"),
    R("ThongTu", "19/2025/TT-BNNMT", "2025-06-19", "Bộ trưởng Bộ Nông nghiệp và Môi trường"),
  ],
  "recipients": ["Như trên", "Bộ Nông nghiệp và Môi trường (để báo cáo)", "Cục Địa chất và Khoáng sản Việt Nam",
                 "Chủ tịch UBND tỉnh", "Các PCT UBND tỉnh", "CVP, các PCVP UBND tỉnh", "Lưu: VT, KT(Thủy, Nho)"],
}
K, KT, BH, TM = "Khac", "KiemTraGiamSat", "BanHanhVanBan", "ThamMuu"
ON = D("ongoing", "Thường xuyên")
G = ["các cơ quan, đơn vị"]
TTT, SNN, SCT, SXD, STC, THUE, CA, XA = ("Thanh tra tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Công Thương",
    "Sở Xây dựng", "Sở Tài chính", "Thuế tỉnh", "Công an tỉnh", "Ủy ban nhân dân các xã, phường")
CQLQ = "các cơ quan liên quan"
tasks = [
  # 1. "Trách nhiệm chung của các cơ quan, đơn vị": a heading naming whose duties its bullets are (lead the group).
  T("1.1", A(25), G, [], None, K),
  T("1.2", A(27), G, [], None, KT),
  T("1.3", A(34), G, [], None, K),
  T("1.4", A(55), G, [], None, KT),   # "phối hợp giữa các cơ quan: …" names partners of each other, no "phối hợp với"
  T("1.5", A(59), G, [], None, K),
  T("2.1", A(69), [TTT], ["các Sở, ban, ngành và địa phương"], D("recurring", "hàng năm", None, "year"), BH, amb=True),
  T("2.2", A(72), [TTT], [], None, KT),
  T("2.3", A(75), [TTT], [], None, KT),
  T("2.4", A(77), [TTT], [], None, KT),
  T("3.1", A(82), [SNN], [CQLQ], None, KT),
  T("3.2", A(90), [SNN], [], ON, KT),
  T("3.3", A(95), [SNN], [], None, K),
  T("3.4", A(98), [SNN], [], None, KT),
  T("3.5", A(104), [SNN], [], ON, BH),
  T("3.6", A(107), [SNN], [], D("recurring", "Hàng năm", None, "year"), TM),
  T("4.1", A(111), [SCT], [CQLQ], None, KT),
  T("4.2", A(116), [SCT], [], None, KT),
  T("4.3", A(120), [SCT], [CQLQ], None, KT),
  T("4.4", A(124), [SCT], [], None, KT),
  T("5.1", A(128), [SXD], ["cơ quan liên quan", CA], D("date", "xong trong tháng 6/2026", "2026-06-30"), KT),
  T("5.2", A(134), [SXD], [CQLQ], None, KT),
  T("5.3", A(140), [SXD], [], None, KT),
  T("5.4", A(144), [SXD], [], None, K),
  T("5.5", A(149), [SXD], [CQLQ], None, KT),
  T("5.6", A(155), [SXD], [CQLQ], None, KT),
  T("6.1", A(160), [STC], ["cơ quan liên quan"], None, KT),
  T("6.2", A(168), [STC], [], None, KT),
  T("7.1", A(173), [THUE], ["cơ quan liên quan"], None, KT),
  T("7.2", A(178), [THUE], [], None, KT),
  T("7.3", A(184), [THUE], [], ON, KT),
  T("8.1", A(191), [CA], [], None, K),
  T("8.2", A(196), [CA], ["các cơ quan chức năng"], None, KT),
  T("8.3", A(201), [CA], [], None, KT),
  # 9.1 has its own subject (the communes' chairmen), which keeps it over the heading's body.
  T("9.1", A(210), ["Chủ tịch UBND các xã, phường"], [], None, K),
  T("9.2", A(214), [XA], [], None, KT),
  T("9.3", A(228), [XA], [], None, KT),
  T("9.4", A(231), [XA], [CA, SNN, CQLQ], None, KT),
  T("9.5", A(236), [XA], [], None, K),
  # "Căn cứ ý kiến chỉ đạo trên, các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện./." is a bare call.
]
write(SRC, doc, tasks)
