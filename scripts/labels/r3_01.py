"""Blind labels for realdocs3 01: Chỉ thị of the Long An People's Committee (2009) on building the 2011-2015
socio-economic plan; word-segmented source, no header or signature. Annotator annot3. Parts A (the plan's contents)
and B (requirements on it) specify the plan the addressees must write (C.I.4.1: "theo các nội dung và yêu cầu ở phần
trên"), so only part C (assignments and timetable) holds tasks; see corpus/labels/NOTES.md."""
from labelkit import T, D, write
from r3kit import anchor
SRC = "01_chithi-UBND-LongAn-2009-xay-dung-ke-hoach-KTXH-5-nam-2011-2015.txt"
A = lambda ln: anchor(SRC, ln, segmented=True)
doc = {
  "kind": "ChiThi", "number": None, "issuer": "Ủy ban nhân dân tỉnh Long An",
  "place": None, "issuedOn": None,
  "title": "về việc xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2011 - 2015",
  "signer": {"name": None, "position": None, "capacity": None},
  "references": [
    {"kind": "ChiThi", "number": "751/CT-TTg", "issuedOn": "2009-06-03", "issuer": "Thủ tướng Chính phủ", "relation": "implements"},
    {"kind": "QuyetDinh", "number": "555/2007/QĐ-BKH", "issuedOn": "2007-05-30", "issuer": "Bộ Kế hoạch và Đầu tư", "relation": "mentions"},
  ],
  "recipients": [],
}
K, BH, TM, KT, BC = "Khac", "BanHanhVanBan", "ThamMuu", "KiemTraGiamSat", "BaoCao"
KHDT = "Sở Kế hoạch và Đầu tư"
SPND = "các sở, ngành và địa phương"          # C.I.1 heading: "chủ trì, phối hợp với các sở, ngành và địa phương"
STC = "Sở Tài chính"
LOCAL = ["Các sở, ngành tỉnh", "Uỷ ban nhân dân các huyện, thành phố Tân An"]
tasks = [
  # C.I.1 "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành và địa phương:" (owner heading, seven bullets)
  T("C.I.1.1", A(103), [KHDT], [SPND], None, BH, amb=True),
  T("C.I.1.2", A(104), [KHDT], [SPND], None, BH),
  T("C.I.1.3", A(105), [KHDT], [SPND], None, BH),
  T("C.I.1.4", A(106), [KHDT], [SPND, "Sở Nông nghiệp và Phát triển nông thôn"], None, BH),
  T("C.I.1.5", A(107), [KHDT], [SPND], None, BH),
  T("C.I.1.6", A(108), [KHDT], [SPND], None, BC),           # + continuation line 109 (report to UBND tỉnh)
  T("C.I.1.7", A(110), [KHDT], [SPND, STC], None, BH),
  # C.I.2 "Sở Tài chính:" (owner heading)
  T("C.I.2.1", A(113), [STC], ["Cục Thuế", KHDT], None, BH),
  T("C.I.2.2", A(114), [STC], [KHDT], None, K),              # "dự toán ngân sách hàng năm": adjectival
  # C.I.3 inline owner
  T("C.I.3", A(116), ["Cục Thống kê"], [KHDT, "các sở, ngành và địa phương liên quan"], None, K),
  # C.I.4 owner heading "Các sở, ngành tỉnh, UBND các huyện, thành phố Tân An phối hợp với Sở Kế hoạch và Đầu tư:"
  T("C.I.4.1", A(119), LOCAL, [KHDT], None, BH, amb=True),
  T("C.I.4.2", A(120), LOCAL, [KHDT], None, K),
  T("C.I.4.3", A(121), LOCAL, [KHDT], None, BH),
  # unnumbered paragraph with its own subject closing C.I
  T("C.I", A(122), ["Các sở, ngành, các địa phương có thực hiện các Chương trình mục tiêu quốc gia và các chương trình dự án lớn khác"],
    [KHDT, STC], None, BC),
  # C.II Tiến độ: two unnumbered paragraphs
  T("C.II.1", A(124), [KHDT, "thủ trưởng các sở, ngành, các địa phương"], [],
    D("date", "trước ngày 30/3/2010", "2010-03-30"), BH, mode="required", amb=True),
  T("C.II.2", A(125), [KHDT], [], D("period", "trong quí 2 năm 2010", "2010-06-30"), TM),
  # line 126 "Uỷ ban nhân dân tỉnh yêu cầu … tổ chức thực hiện nghiêm túc chỉ thị này" and 127 are closing boilerplate.
]
write(SRC, doc, tasks, segmented=True, prefix="r3-")
