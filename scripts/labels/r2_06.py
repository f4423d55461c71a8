"""Blind labels for realdocs2 06: Kế hoạch 160/KH-UBND Cần Thơ 2025 (giám sát, đánh giá CTMTQG giảm nghèo bền vững)."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "06_kehoach-160-KH-UBND-CanTho-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
CT = "Ủy ban nhân dân thành phố Cần Thơ"
doc = {
  "kind": "KeHoach", "number": "160/KH-UBND", "issuer": CT,
  "place": "Cần Thơ", "issuedOn": "2025-11-19",
  "title": "GIÁM SÁT, ĐÁNH GIÁ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ NĂM 2025",
  "signer": {"name": "Trần Chí Hùng", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [
    {"kind": "ThongTu", "number": "10/2022/TT-BLĐTBXH", "issuedOn": "2022-05-31", "issuer": "Bộ trưởng Bộ Lao động - Thương binh và Xã hội", "relation": "basis"},
    {"kind": "ThongTu", "number": "55/2023/TT-BTC", "issuedOn": "2023-08-15", "issuer": "Bộ trưởng Bộ Tài chính", "relation": "basis"},
    {"kind": "ThongTu", "number": "75/2024/TT-BTC", "issuedOn": "2024-10-31", "issuer": "Bộ trưởng Bộ Tài chính", "relation": "basis"},
    {"kind": "KeHoach", "number": "77/KH-UBND", "issuedOn": "2025-09-17", "issuer": CT, "relation": "basis"},
    {"kind": "NghiQuyet", "number": "206/NQ-HĐND", "issuedOn": "2025-10-03", "issuer": "Hội đồng nhân dân thành phố Cần Thơ", "relation": "basis"},
    {"kind": "QuyetDinh", "number": "2140/QĐ-UBND", "issuedOn": "2025-10-31", "issuer": CT, "relation": "basis"},
  ],
  "recipients": [
    "Bộ NN&MT",
    "VPQG về Giảm nghèo",
    "CT, PCT UBND TP (1A, 1G)",
    "UBMT TQ VN thành phố và các Đoàn thể",
    "Sở: NN&MT, TC, VH,TT&DL, GD&ĐT, YT, Nội vụ",
    "VP. UBND thành phố (2I, 3B)",
    "UBND xã, phường",
    "Cổng Thông tin điện tử thành phố",
    "Lưu: VT, CT",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao"
NN = ["Sở Nông nghiệp và Môi trường"]
SN = ["Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình"]
XA = ["Ủy ban nhân dân cấp xã"]
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU and II ĐỐI TƯỢNG, THỜI GIAN VÀ THÀNH PHẦN: not tasks.
  # III.1 Nội dung giám sát: three intro "-" bullets, "+" children are tasks (no owners).
  T("III.1.1.1", A(130), [], [], None, KT),
  T("III.1.1.2", A(136), [], [], None, KT),
  T("III.1.1.3", A(141), [], [], None, KT),
  T("III.1.1.4", A(148), [], [], None, KT),
  T("III.1.1.5", A(153), [], [], None, KT),
  T("III.1.1.6", A(157), [], [], None, BC),
  T("III.1.2.1", A(164), [], [], None, KT),
  T("III.1.2.2", A(169), [], [], None, KT),
  T("III.1.2.3", A(172), [], [], None, KT),
  T("III.1.2.4", A(177), [], [], None, KT),
  T("III.1.2.5", A(182), [], [], None, BC),
  # "+ Nội dung theo dõi" / "+ Nội dung kiểm tra": each with unmarked paragraphs (continuations).
  T("III.1.3.1", A(191), [], [], None, KT),
  T("III.1.3.2", A(210), [], [], None, KT),
  # III.2 Nội dung đánh giá
  # III.2 Nội dung đánh giá: only the first bullet carries an action ("Đánh giá …"); the four noun-phrase bullets
  # after it (evaluation topics) are read as its continuation (label 12 II.2.2 "Số lượng" precedent).
  T("III.2.1", A(220), [], [], None, BC),
  # IV PHƯƠNG PHÁP, CÁC BƯỚC: procedure, not tasks. V KINH PHÍ: statement.
  # VI. TỔ CHỨC THỰC HIỆN
  T("VI.1.1", A(347), NN, ["các cơ quan liên quan"], None, KT),
  T("VI.1.2", A(350), NN, [], None, TM),
  T("VI.1.3", A(355), NN, [], None, KT),
  T("VI.2.1", A(362), SN, [], None, BH),
  T("VI.2.2", A(366), SN, [], None, BC),
  T("VI.3", A(374), ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"], [], None, KT, mode="requested"),
  T("VI.4.1", A(379), XA, [], None, BH),
  T("VI.4.2", A(383), XA, [], None, KT),
  T("VI.4.3", A(386), XA, [], None, BC),
  T("VI.4.4", A(390), XA, [], None, KT),
]
write(SRC, doc, tasks)
