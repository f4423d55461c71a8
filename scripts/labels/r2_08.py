"""Blind labels for realdocs2 08: Kế hoạch 0125/KH-UBND Đắk Lắk 2025 (phong trào thi đua thực hiện thành công cuộc bầu cử
đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031)."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "08_kehoach-0125-KH-UBND-DakLak-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
DL = "Ủy ban nhân dân tỉnh Đắk Lắk"
doc = {
  "kind": "KeHoach", "number": "0125/KH-UBND", "issuer": DL,
  "place": "Đắk Lắk", "issuedOn": "2025-11-18",
  "title": "PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN THÀNH CÔNG CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI VÀ ĐẠI BIỂU HĐND CÁC CẤP NHIỆM KỲ 2026 - 2031",
  "signer": {"name": "Đào Mỹ", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "ChiThi", "number": "46-CT/TW", "issuedOn": "2025-05-16", "issuer": "Bộ Chính trị", "relation": "implements"},
    {"kind": "ChiThi", "number": "28/CT-TTg", "issuedOn": "2025-09-18", "issuer": "Thủ tướng Chính phủ", "relation": "implements"},
    {"kind": "Other", "number": "7886/HD-BNV", "issuedOn": "2025-09-14", "issuer": "Bộ Nội vụ", "relation": "implements"},
    {"kind": "ChiThi", "number": "02-CT/TU", "issuedOn": "2025-08-05", "issuer": "Ban Thường vụ Tỉnh ủy", "relation": "implements"},
    {"kind": "ChiThi", "number": "007/CT-UBND", "issuedOn": "2025-10-06", "issuer": DL, "relation": "implements"},
  ],
  "recipients": [
    "Bộ Nội vụ",
    "Ban TĐ-KT Trung ương",
    "TT. Tỉnh ủy",
    "TT. HĐND tỉnh",
    "UBMTTQ Việt Nam tỉnh, các Hội, đoàn thể tỉnh",
    "CT, các PCT UBND tỉnh",
    "Các cơ quan tham mưu giúp việc Tỉnh ủy",
    "Các cơ quan Trung ương đóng trên địa bàn tỉnh",
    "VP. Tỉnh ủy, Văn phòng ĐĐBQH&HĐND tỉnh",
    "Các sở, ban, ngành",
    "CVP, các PCVP UBND tỉnh",
    "UBND các xã, phường",
    "Các doanh nghiệp trong khối thi đua",
    "Các phòng, ban, TT thuộc VP.UBND tỉnh",
    "Lưu: VT, NV (V-10b)",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
NV = ["Sở Nội vụ"]
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU: not tasks. II.1 Đối tượng thi đua: not tasks.
  # II.2 Nội dung thi đua (no owner heading; a) has a subject in its second sentence, gold 000 II.2).
  T("II.2.a", A(113), ["Các cơ quan chuyên môn từ tỉnh đến địa phương"], [], None, PT),
  T("II.2.b", A(122), [], [], None, TT),
  T("II.2.c", A(129), [], [], None, K),
  T("II.2.d", A(135), [], [], None, K),
  T("II.2.đ", A(140), [], [], None, PT),
  T("II.2.e", A(147), [], [], None, PT),
  T("II.2.g", A(151), [], [], None, K),
  # II.3 Thời gian: the movement runs 10/2025–3/2026; "Tổng kết vào tháng 4 năm 2026" is the item's action.
  T("II.3", A(156), [], [], D("date", "tháng 4 năm 2026", "2026-04-30"), BC, amb=True),
  # III (đối tượng, nguyên tắc, hình thức, tiêu chuẩn khen thưởng): award rules and criteria, not tasks.
  # IV SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG: only IV.1 names an actor with an act to do; IV.2 quotas and IV.3 are rules.
  T("IV.1", A(313), NV, ["các cơ quan, đơn vị có liên quan"], None, TM),
  # V THỦ TỤC, HỒ SƠ VÀ THỜI GIAN: V.1 dossier contents and V.3 are rules; V.2 is a dated submission.
  T("V.2", A(401), [], [], D("date", "trước ngày 31/3/2026", "2026-03-31"), KTh),
  # VI TỔ CHỨC THỰC HIỆN: six inline-owner items.
  T("VI.1", A(413), ["Ban Tuyên giáo và Dân vận Tỉnh ủy"], [], None, TT, mode="requested"),
  T("VI.2", A(419), ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], [], None, TT, mode="requested"),
  T("VI.3", A(425), ["Các cơ quan, đơn vị, địa phương thuộc tỉnh"], ["cơ quan báo chí"], None, BH),
  T("VI.4", A(432), ["Sở Văn hóa, Thể thao và Du lịch"], [], None, TT),
  T("VI.5", A(439), ["Các cơ quan thông tin, truyền thông của tỉnh"], [], None, TT),
  T("VI.6", A(442), NV, [], None, TM),
]
write(SRC, doc, tasks)
