"""Blind labels for realdocs2 11: Kế hoạch 0130/KH-UBND Đắk Lắk 2025 (khắc phục môi trường và phòng, chống dịch bệnh
truyền nhiễm sau lụt bão). The source numbers its sections from II (there is no I); paths use its numerals."""
from labelkit import T, D, write, auto_anchor
from r2kit import strict_anchor
SRC = "11_kehoach-0130-KH-UBND-DakLak-2025.txt"
A = lambda ln: strict_anchor(SRC, ln)
DL = "Ủy ban nhân dân tỉnh Đắk Lắk"
doc = {
  "kind": "KeHoach", "number": "0130/KH-UBND", "issuer": DL,
  "place": "Đắk Lắk", "issuedOn": "2025-11-21",
  "title": "KHẮC PHỤC MÔI TRƯỜNG VÀ PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM SAU LỤT BÃO TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK",
  "signer": {"name": "Hồ Thị Nguyên Thảo", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [],
  "recipients": [
    "Bộ Y tế (b/c)",
    "Viện VSDT Tây Nguyên",
    "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)",
    "UBMTTQVN tỉnh và hội, đoàn thể tỉnh",
    "CT, PCT UBND tỉnh",
    "Các Sở, ban ngành, đoàn thể",
    "CA tỉnh, BCHQS tỉnh",
    "UBND các xã/phường",
    "CVP, PCVP UBND tỉnh",
    "Các phòng, đơn vị thuộc VPUBND tỉnh",
    "Lưu: VT, KGVX",
  ],
}
K, TT, BH, TM, BM, KT, BC, PT, KTh = "Khac", "TuyenTruyen", "BanHanhVanBan", "ThamMuu", "ToChucBoMay", "KiemTraGiamSat", "BaoCao", "ToChucPhongTrao", "KhenThuong"
CDC = ["Trung tâm Kiểm soát bệnh tật tỉnh"]
YT = ["Sở Y tế"]
NN = ["Sở Nông nghiệp và Môi trường"]
DAILY = D("ongoing", "hằng ngày")
tasks = [
  # II MỤC ĐÍCH, YÊU CẦU and III ĐÁNH GIÁ NGUY CƠ SAU LỤT BÃO (risk assessment): not tasks.
  # IV NỘI DUNG HOẠT ĐỘNG TRIỂN KHAI: "-" bullets under lettered sub-items are the tasks; no owner section, so lead []
  # unless the bullet names its actor.
  T("IV.1.a.1", A(158), [], [], None, K),
  T("IV.1.a.2", A(161), [], [], None, K),
  T("IV.1.a.3", A(165), [], [], None, K),
  T("IV.1.b.1", A(171), [], [], None, K),
  T("IV.1.b.2", A(174), [], [], None, K, amb=True),
  T("IV.1.b.3", A(177), [], [], None, K),
  T("IV.1.c.1", A(182), CDC, [], None, K),
  T("IV.1.c.2", A(186), [], [], None, K),
  T("IV.1.c.3", A(190), [], [], None, TT),
  T("IV.2.a.1", A(198), [], [], None, K),
  T("IV.2.a.2", A(201), [], [], None, K),
  T("IV.2.a.3", A(204), [], [], None, K),
  T("IV.2.a.4", A(207), [], [], None, K),
  T("IV.2.b.1", A(212), [], [], None, KT),
  # Both lines of this bullet have fewer than 6 words: the anchor keeps the bullet marker as its first token.
  T("IV.2.b.2", "- Tiêu hủy thực phẩm bị ẩm", [], [], None, K),
  T("IV.2.b.3", A(218), [], [], None, TT),
  T("IV.3.a.1", A(226), [], [], None, BC, amb=True),
  T("IV.3.a.2", A(229), [], [], None, KT),
  T("IV.3.a.3", A(233), CDC, [], None, K),
  T("IV.3.b.1", A(239), [], [], None, TT),
  T("IV.3.b.2", A(242), [], [], None, K),
  T("IV.3.b.3", "- Kiểm tra vệ sinh dụng cụ", [], [], None, KT),
  # IV.3.c.1 "Tổng điều tra lăng quăng ngay khi nước rút." cannot be anchored (lines of 4 and 5 words): not labelled.
  T("IV.3.c.2", A(254), [], [], None, TT),
  T("IV.3.c.3", A(257), [], [], None, KT),
  T("IV.3.c.4", A(260), [], [], None, K),
  T("IV.3.d.1", A(266), [], [], None, K),
  T("IV.3.d.2", A(269), [], [], None, K),
  T("IV.3.d.3", A(272), [], [], None, TT),
  T("IV.3.e.1", A(278), [], [], None, KT),
  T("IV.3.e.2", A(281), [], [], None, TT),
  T("IV.3.e.3", "- Tổ chức phun khử khuẩn", [], [], None, K),
  T("IV.4", A(290), [], [], None, TT),
  T("IV.5.1", A(298), [], [], None, K),
  # IV.5.2 "Điều chuyển nhanh cho các địa phương thiếu vật tư." cannot be anchored (lines of 4 and 5 words): not labelled.
  T("IV.5.3", A(305), [], [], None, TM),
  T("IV.5.4", A(308), [], [], None, KT),
  T("IV.6.1", A(314), [], [], None, BM),
  T("IV.6.2", A(317), [], ["lực lượng quân đội, công an"], None, K),
  T("IV.6.3", A(320), ["Mặt trận Tổ quốc", "Đoàn Thanh niên", "Hội Phụ nữ"], [], None, K),
  T("IV.6.4", A(323), [], ["ngành giáo dục"], None, K),
  T("IV.7.1", A(329), YT, [], None, KT),
  T("IV.7.2", A(332), ["Các Trung tâm y tế"], [], DAILY, BC, amb=True),
  T("IV.7.3", A(335), [], [], None, BC),
  T("IV.7.4", A(338), [], [], D("ongoing", "hàng ngày"), BC, amb=True),
  # V TỔ CHỨC THỰC HIỆN
  T("V.1.1", A(347), YT, [], None, K),
  T("V.1.2", A(351), YT, [], None, K),
  T("V.1.3", A(354), YT, [], None, K),
  T("V.2.1", A(361), NN, [], None, K),
  T("V.2.2", A(364), NN, [], None, K),
  T("V.3", A(370), ["Sở Tài chính"], [], None, TM),
  T("V.4", A(376), ["Ủy ban nhân dân các xã, phường"], [], None, K),
  T("V.5", A(383), ["Các đoàn thể, tổ chức xã hội"], [], None, K),
  # VI KINH PHÍ: funding sources; its closing "Đề nghị các sở, ban, ngành và địa phương khẩn trương thực hiện …;
  # kịp thời báo cáo … khó khăn, vướng mắc" is boilerplate.
]
write(SRC, doc, tasks)
