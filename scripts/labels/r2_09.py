"""Blind labels for realdocs2 09: Kế hoạch 0124/KH-UBND Đắk Lắk 2025 (đợt thi đua chào mừng Đại hội XIV)."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "09_kehoach-0124-KH-UBND-DakLak-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
doc = {
  "kind": "KeHoach", "number": "0124/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Đắk Lắk",
  "place": "Đắk Lắk", "issuedOn": "2025-11-18",
  "title": "PHÁT ĐỘNG ĐỢT THI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG; TĂNG TỐC, BỨT PHÁ, HOÀN THÀNH THẮNG LỢI CÁC MỤC TIÊU, NHIỆM VỤ NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIII CỦA ĐẢNG",
  "signer": {"name": "Đào Mỹ", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "QuyetDinh", "number": "2437/QĐ-TTg", "issuedOn": "2025-11-04", "issuer": "Thủ tướng Chính phủ", "relation": "implements"},
    {"kind": "ChiThi", "number": "41-CT/TW", "issuedOn": "2024-12-26", "issuer": "Bộ Chính trị", "relation": "mentions"},
    {"kind": "KetLuan", "number": "01-KL/TW", "issuedOn": "2021-08-15", "issuer": "Bộ Chính trị khóa XIII", "relation": "mentions"},
    {"kind": "ChiThi", "number": "05-CT/TW", "issuedOn": None, "issuer": None, "relation": "mentions"},
  ],
  "recipients": [
    "Ban Thi đua - Khen thưởng Trung ương (b/c)",
    "TT. Tỉnh ủy; TT. HĐND tỉnh (b/c)",
    "CT, PCT UBND tỉnh",
    "Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể tỉnh",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "Các Sở, ban, ngành",
    "UBND các xã, phường",
    "Chánh, các PCVP UBND tỉnh",
    "Báo và Phát thanh, Truyền hình Đắk Lắk",
    "Các phòng, Ban, TT thuộc VP. UBND tỉnh",
    "Lưu: VT, NV (V-10b)",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
CQ = ["Các cơ quan, đơn vị, địa phương, doanh nghiệp"]
NV = ["Sở Nội vụ"]
Y25 = D("period", "năm 2025", "2025-12-31")
tasks = [
  # II.3 Nội dung thi đua (no owners). II.1 Chủ đề and II.2 Thời gian thực hiện are not tasks.
  T("II.3.a", A(97), [], [], Y25, K, amb=True),
  T("II.3.b", A(106), [], [], None, TT),
  T("II.3.c", A(113), [], [], None, PT),
  T("II.3.d", A(119), [], [], None, PT),
  # III (đối tượng, tiêu chí thi đua, hình thức khen thưởng): criteria, not tasks.
  # IV. TỔ CHỨC THỰC HIỆN
  T("IV.1", A(220), CQ, [], None, BH, amb=True),
  T("IV.1.1", A(226), CQ, [], None, TT),
  T("IV.1.2", A(229), CQ, [], None, KTh),
  T("IV.1.3", A(233), CQ, [], None, BC),
  T("IV.2", "chặt chẽ với cấp ủy, chính quyền các cấp, phát huy",
    ["các cấp ủy Đảng", "Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"],
    ["cấp ủy, chính quyền các cấp"], None, TT, mode="requested"),
  T("IV.3", "Phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy",
    ["Sở Văn hóa, Thể thao và Du lịch"], ["Ban Tuyên giáo và Dân vận Tỉnh ủy"],
    D("ongoing", "thường xuyên"), TT, amb=True),
  T("IV.4.1", A(256), NV, ["các cơ quan, đơn vị, địa phương, doanh nghiệp"], None, KT),
  T("IV.4.2", A(261), NV, [], None, TM),
  T("IV.4.3", A(266), NV, [], None, TM),
]
write(SRC, doc, tasks)
