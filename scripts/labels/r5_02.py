"""Blind labels for realdocs5 02: Kế hoạch 09/KH-BTNMT of the Ministry of Natural Resources and Environment (06/8/2024)
carrying out Chỉ thị 13/CT-TTg on carbon credits: I MỤC ĐÍCH, YÊU CẦU; II NHIỆM VỤ CHỦ YẾU CỦA BỘ … (eight items);
III TỔ CHỨC THỰC HIỆN (the Cục Biến đổi khí hậu's a)–k) and four owner items); an unnumbered PHỤ LỤC task table of nine
rows (TT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian). Markdown text from Trangsct/skill-sct. Annotator
annot7; see corpus/labels/NOTES.md (realdocs5)."""
from labelkit import T, D
from r5kit import anchor, cell_anchor, write
SRC = "02_kehoach-09-KH-BTNMT-2024-trien-khai-CT13-tin-chi-cac-bon.txt"
A = lambda ln, after=None: anchor(SRC, ln, after)
C = lambda ln: cell_anchor(SRC, ln)
B = "Bộ Tài nguyên và Môi trường"
R = lambda kind, number, on, issuer, rel="mentions": {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": rel}
doc = {
  "kind": "KeHoach", "number": "09/KH-BTNMT", "issuer": B, "place": "Hà Nội", "issuedOn": "2024-08-06",
  "title": "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG NGÀY 02 THÁNG 5 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON NHẰM THỰC HIỆN ĐÓNG GÓP DO QUỐC GIA TỰ QUYẾT ĐỊNH",
  "signer": {"name": "Lê Công Thành", "position": "Thứ trưởng", "capacity": "KT. Bộ trưởng"},
  "references": [
    R("ChiThi", "13/CT-TTg", "2024-05-02", "Thủ tướng Chính phủ", "implements"),
    R("NghiDinh", "06/2022/NĐ-CP", "2022-01-07", "Chính phủ"),
  ],
  "recipients": ["Bộ trưởng (để báo cáo)", "Các Thứ trưởng", "Văn phòng Chính phủ", "Các Bộ: CT, NN&PTNT, TC, TTTT",
                 "Các đơn vị trực thuộc Bộ TN&MT", "Lưu VT, VP(TH), BĐKH"],
}
K, TT, BH, TM, BM, KT, BC = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao"
BDKH, VT = "Cục Biến đổi khí hậu", "Cục Viễn thám quốc gia"
NN = "Bộ Nông nghiệp và Phát triển nông thôn"
VIEN = ["Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu", "Viện Chiến lược, Chính sách tài nguyên và môi trường"]
VIEN_PL = ["Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu", "Viện Chiến lược, Chính sách Tài nguyên và Môi trường"]
TTBAO = ["Trung tâm Truyền thông tài nguyên và môi trường", "Báo Tài nguyên và Môi trường", "Tạp chí Tài nguyên và Môi trường"]
TTBAO_PL = ["Trung tâm Truyền thông Tài nguyên và Môi trường", "Báo Tài nguyên và Môi trường", "Tạp chí Tài nguyên và Môi trường"]
DVB = "các đơn vị có liên quan thuộc Bộ Tài nguyên và Môi trường"     # "… thuộc Bộ TN&MT."
T8 = D("date", "Tháng 8/2024", "2024-08-31")
P = lambda t, y: D("period", t, f"{y}-12-31")
tasks = [
  # I MỤC ĐÍCH, YÊU CẦU: not tasks.
  # II "NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG": the heading names the owner of its subjectless items → lead
  # the issuing ministry itself (alternative lead [], mode null).
  T("II.1", A(16), [B], ["các Bộ, cơ quan liên quan"], None, BH),
  T("II.2", A(17), [B], [], None, BH),
  T("II.3", A(18), [B], [], None, K),
  T("II.4", A(19), [B], ["các cơ quan liên quan"], None, TM),
  T("II.5", A(20), [B], ["Bộ Thông tin và Truyền thông", "các cơ quan thông tấn, báo chí"], None, TT),
  T("II.6", A(21), [B], [NN, "các cơ quan liên quan", "địa phương có rừng"], None, K),
  T("II.7", A(22), [B], ["Bộ Tài chính", "các Bộ, cơ quan liên quan"], None, BH),
  T("II.8", A(23), [B], ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], None, K),
  # III TỔ CHỨC THỰC HIỆN
  T("III.1.a", A(26), [BDKH], ["các cơ quan, đơn vị có liên quan"], None, BH),
  T("III.1.b", A(27), [BDKH], ["Cục Kiểm soát ô nhiễm môi trường", "Vụ Môi trường"], None, BH),
  T("III.1.c", A(28), [BDKH], ["Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường"], None, K),
  T("III.1.d", A(29), [BDKH], ["Vụ Hợp tác quốc tế", "Vụ Pháp chế"], None, TM),
  T("III.1.đ", A(30), [BDKH], ["các cơ quan, tổ chức có liên quan"], None, BM),
  T("III.1.e", A(31), [BDKH], ["các đơn vị truyền thông thuộc Bộ Tài nguyên và Môi trường"], None, TT),
  T("III.1.g", A(32), [BDKH], ["cơ quan chuyên môn thuộc " + NN], None, K),
  T("III.1.h", A(33), [BDKH], ["cơ quan chuyên môn thuộc Bộ Tài chính"], None, BH),
  T("III.1.i", A(34), [BDKH], ["các cơ quan chuyên môn thuộc Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], None, K),
  T("III.1.k", A(35), [BDKH], [], None, BC),
  # "giai đoạn 2021 - 2030, có xét đến năm 2050" is the period assessed (alternative period 2030-12-31; PL1.5 "2025 - 2030").
  T("III.2", A(36), [VT], [BDKH, "Cục Bảo tồn thiên nhiên và Đa dạng sinh học", "cơ quan chuyên môn thuộc " + NN,
                          "các địa phương có rừng"], None, K, amb=True),
  T("III.3", A(37), VIEN, [], None, TM),
  T("III.4", A(38), TTBAO, [], None, TT),
  T("III.5", A(39), ["Vu Kế hoạch - Tài chính"], [], None, TM),      # "Vu" as written (for "Vụ")
  # "Trên đây là Kế hoạch … khẩn trương tổ chức triển khai thực hiện …" closing boilerplate: not a task.
  # PHỤ LỤC (unnumbered → PL1): nine rows; they restate II/III items with owners and times (both kept, label 03 etc.).
  T("PL1.1", C(48), [BDKH], ["Vụ Pháp chế", DVB], T8, BH),
  T("PL1.2", C(49), [BDKH], ["Vụ Môi trường", "Cục Kiểm soát ô nhiễm môi trường", DVB], T8, BH),
  T("PL1.3", C(50), [BDKH], ["Cục Chuyển đổi số và Thông tin dữ liệu Tài nguyên và Môi trường",
                             "các đơn vị thuộc các Bộ có liên quan"], P("2024 - 2025", 2025), K),
  T("PL1.4", C(51), [BDKH], ["Vụ Môi trường", "Cục Kiểm soát ô nhiễm môi trường", DVB], P("2026 - 2027", 2027), K),
  T("PL1.5", C(52), [VT], [BDKH, "Cục Bảo tồn thiên nhiên và Đa dạng sinh học", DVB], P("2025 - 2030", 2030), K),
  T("PL1.6", C(53), [BDKH], ["Các đơn vị thuộc các Bộ quản lý lĩnh vực", "các tổ chức quốc tế", "các Viện nghiên cứu",
                             "Trường Đại học có liên quan"], P("2024 - 2030", 2030), BM),
  T("PL1.7", C(54), VIEN_PL, [BDKH, "các cơ quan, đơn vị có liên quan"], P("2024 - 2030", 2030), TM),
  T("PL1.8", C(55), TTBAO_PL, [BDKH, DVB], P("2024 - 2025", 2025), TT),
  T("PL1.9", C(56), TTBAO_PL, [BDKH, DVB], P("2024 - 2030", 2030), TT),
]
write(SRC, doc, tasks, shared=("PL1.5", "PL1.6", "PL1.7", "PL1.8"))
