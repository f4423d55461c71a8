"""Blind labels for realdocs7 01: Kế hoạch 70/KH-UBND of the Cần Thơ City People's Committee (15/9/2025) on mass
mobilisation ("công tác dân vận") and grassroots democracy, as a MinerU/VietOCR Markdown conversion whose scan lost the
right-hand part of every line (words cut mid-sentence, the header and the signature missing). I MỤC ĐÍCH, YÊU CẦU;
II NỘI DUNG (eight numbered items, each followed by its "Cơ quan chủ trì / phối hợp / Thời gian thực hiện" fields, the
seventh misread "Z."); III KINH PHÍ THỰC HIỆN; IV TỔ CHỨC THỰC HIỆN (four owner items). Annotator annot9; see NOTES.md
(realdocs7)."""
from labelkit import T, D
from r7kit import A as _A, R, write
SRC = "01_kehoach-70-KH-UBND-CanTho-2025-dan-van-dan-chu-co-so-ocr.txt"
A = lambda ln, after=None: _A(SRC, ln, after)
UB = "Ủy ban nhân dân thành phố Cần Thơ"
doc = {
  "kind": "KeHoach", "number": "70/KH-UBND", "issuer": UB, "place": "Cần Thơ", "issuedOn": "2025-09-15",
  "title": "Thực hiện công tác dân vận và đã thành phố Cần Thơ từ nay đến",
  "signer": {"name": None, "position": None, "capacity": None},
  "references": [
    R("ChiThi", "33/CT-TTg", None, "Thủ tướng Chính phủ", "implements"),
    R("NghiQuyet", "25-NQ/TW", None, "Ban Chấp hành Trung ương Đảng"),
    R("QuyetDinh", "23-QĐ", None, None),
  ],
  "recipients": ["Bộ Nội v", "TT.TU, TT.HĐNDTP", "CT, các pct ubndtp", "UBMTTQVNTP", "Ban TG&DVTU",
                 "Sở, Sở, ban ngành thành phố", "Đơn vị sự nghiệp thành phố",
                 "Cơ quan, đơn vị TW trên định - UBND xã, phường", "Cổng TTĐTTP", "VP UBNDTP (2,3)",
                 "Lưu: VT (VDuần). 8."],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
CQ = "Các cơ quan, đơn"            # the field cut by the scan ("Các cơ quan, đơn [vị, địa phương]"), as written
SNV = "sở nội vụ"                  # as written (lower case) in the fields of 3, 6 and 7
TX = lambda t: D("ongoing", t)     # "Thường" / "thườ": "Thường [xuyên]" cut by the scan → ongoing, ambiguous
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU: not tasks.
  # II NỘI DUNG. Item 1 has two content sub-items a), b) followed by the fields "Cơ quan thực hiện: …" / "Thời gian thực
  # hiện: Thường": the fields give their owner and time to both (the attribute-line rule). Items 2–8 have no content
  # sub-items: their a) b) c) are the fields themselves, so the numbered item is the task.
  T("II.1.a", A(31), [CQ], [], TX("Thường"), K, amb=True),
  T("II.1.b", A(33), [CQ], [], TX("Thường"), TT, amb=True),
  T("II.2", A(39), [CQ], [], None, BH, amb=True),                          # "Hoàn thành" + cut date → null
  T("II.3", A(43), [SNV], ["các cơ đư"], None, BH, amb=True),              # "Hoàn thành tr[ước …]" cut → null
  T("II.4", A(47), ["Sở Dân tộng"], ["sở Nội vụ"], TX("Thường"), K, amb=True),
  T("II.5", A(53), ["Thanh tra thành phố"], ["Sở Nội vụ"], TX("thườ"), KT, amb=True),
  T("II.6", A(59), [SNV], ["Các cơ quan, định"], None, BM),
  T("II.7", A(67), [SNV], ["Các cơ quan"], D("period", "Năm 2", "2025-12-31"), K, amb=True),   # "Z." = 7.
  T("II.8", A(75), ["Các cơ quan"], [], TX("Thường"), K, amb=True),
  # III KINH PHÍ THỰC HIỆN (a funding heading, no task word): 1 names no owner → no task; 2 names its owner → task.
  T("III.2", A(83), ["Các cơ quan, đơn vị, địa phương"], [], None, K),
  # IV TỔ CHỨC THỰC HIỆN
  T("IV.1", A(87), ["Các sở, ban ngành thành phố"], [], None, K),
  T("IV.2", A(89), ["Sở Tài chính"], ["các cơ"], None, K),
  T("IV.3", A(91), ["Sở Nội vụ"], [], None, KT),
  T("IV.4", A(93), ["ủy ban mặt trận Th"], [], None, K, mode="requested"),
  # The closing "Trên đây là Kế hoạch … nếu có khó khẳn, vướng mắc …" is boilerplate.
]
write(SRC, doc, tasks)
