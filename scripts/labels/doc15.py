from labelkit import T, D, write
SRC = "15_kehoach-KH252-BCDQG1237-2013-trien-khai-QD1237-TTg-hai-cot-liet-si.txt"
doc = {
  "kind": "KeHoach", "number": "252/KH-BCĐQG1237",
  "issuer": "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ",
  "place": "Hà Nội", "issuedOn": "2013-11-11",
  "title": "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ TỪ NAY ĐẾN NĂM 2020 VÀ NHỮNG NĂM TIẾP THEO",
  "signer": {"name": "Nguyễn Thiện Nhân", "position": "Phó Thủ tướng", "capacity": None},
  "references": [
    {"kind": "ChiThi", "number": "24-CT/TW", "issuedOn": "2013-05-15", "issuer": "Bộ Chính trị", "relation": "basis"},
    {"kind": "QuyetDinh", "number": "1237/QĐ-TTg", "issuedOn": "2013-07-27", "issuer": "Thủ tướng Chính phủ", "relation": "implements"},
    {"kind": "QuyetDinh", "number": "1753/QĐ-TTg", "issuedOn": "2013-09-30", "issuer": "Thủ tướng Chính phủ", "relation": "basis"},
  ],
  "recipients": [
    "Thủ tướng, các Phó Thủ tướng Chính phủ",
    "Các Bộ: Quốc phòng, Công an, Ng o ại giao, Lao động -Thương binh và Xã hộ i , Tài chính , Thông tin và Truyền thông",
    "UBND các t ỉ nh, thành phố trực thuộc TW",
    "Văn phòng Trung ương Đảng",
    "Văn phòng Chủ tịch nước",
    "Văn phòng Quốc hội",
    "Ủy ban TW Mặt trận Tổ quốc Việt Nam",
    "Ban Tuyên giáo Trung ương",
    "Cơ quan Trung ương của các đoàn thể",
    "Ủy ban về các vấn đề xã hội của Quốc hội",
    "Thành viên Ban Chỉ đạo quốc gia 1237",
    "VPCP: BTCN, các PCN, Trợ l ý TTCP, TGĐ Cổng TTĐT, các Vụ: TH, KTTH, NC, V.II I, KGVX",
    "Lưu: VT, BCĐQG1237(3b)",
  ],
}
# Part B: each section's "2. Cơ quan chủ trì / phối hợp" and "3. Thời gian thực hiện" apply to all its lettered items.
L1 = ["Ban Chỉ đạo quốc gia", "Các Bộ, ngành liên quan", "Ban Chỉ đạo các quân khu", "Ban Chỉ đạo các tỉnh"]
S1 = ["Mặt trận Tổ quốc Việt Quốc gia", "Hội Cựu chiến binh các cấp", "Các đơn vị thuộc Bộ Quốc phòng", "các tổ chức chính trị - xã hội"]
D1 = lambda: D("date", "Tháng 12/2013 và thường xuyên", "2013-12-31")
L2 = ["Ban Chỉ đạo quốc gia", "Bộ Quốc phòng", "các Bộ, ngành, cơ quan liên quan", "Ban Chỉ đạo các quân khu", "Ban Chỉ đạo các tỉnh"]
D2 = lambda: D("date", "Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm", "2013-12-31")
L3 = ["Ban Chỉ đạo quốc gia", "Bộ Thông tin và Truyền thông", "Ban Tuyên giáo Trung ương", "Bộ Ngoại giao",
      "Ban Chỉ đạo các quân khu", "Ban Chỉ đạo các tỉnh", "Các cơ quan báo chí Trung ương, địa phương, quân đội"]
S3 = ["Mặt trận Tổ quốc Việt Nam", "Hội Cựu chiến binh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp",
      "Các đơn vị, địa phương", "các tổ chức chính trị - xã hội", "cơ quan tổ chức có liên quan"]
D3 = lambda: D("ongoing", "Từ tháng 11/2013 trở đi")
L4 = ["Ban Chỉ đạo quốc gia", "Bộ Quốc phòng", "Tư lệnh các quân khu", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
D4 = lambda: D("date", "Tháng 11, 12/2013 và kiện toàn thường xuyên", "2013-12-31")
L5 = ["Ban Chỉ đạo quốc gia", "Bộ Quốc phòng", "Bộ Lao động - Thương binh và Xã hội", "Trung ương Hội Cựu chiến binh Việt Nam",
      "Ban Chỉ đạo các quân khu", "Ban Chỉ đạo các tỉnh"]
S5 = ["Các cơ quan, đơn vị, địa phương", "Mặt trận Tổ quốc Việt Nam", "Hội Cựu chiến binh các cấp", "các tổ chức, đoàn thể có liên quan"]
D20 = lambda: D("period", "Từ năm 2013 đến năm 2020 và tiếp theo", "2020-12-31")
L6 = ["Ban Chỉ đạo quốc gia", "Bộ Quốc phòng", "Các quân khu", "các tỉnh", "Ban Công tác đặc biệt", "Ban Chuyên trách các cấp",
      "Các Đội chuyên trách của quân đội"]
L7 = ["Ban Chỉ đạo quốc gia", "Ban Công tác đặc biệt - Ủy ban Chuyên trách Chính phủ", "Bộ Ngoại giao", "Các Quân khu", "Ủy ban nhân dân các tỉnh"]
S7 = ["Các Bộ, ngành có liên quan", "Trung ương Hội Cựu chiến binh Việt Nam"]
L8 = ["Bộ Quốc phòng", "Bộ Tài chính"]
S8 = ["Các quân khu", "các tỉnh", "Văn phòng Ban Chỉ đạo", "cơ quan thường trực các cấp", "Các đơn vị, địa phương"]
L9 = ["Ban Chỉ đạo quốc gia", "Ban Chỉ đạo các quân khu", "Ban Chỉ đạo các tỉnh", "Các Bộ, ngành, địa phương và đơn vị"]
S9 = ["Mặt trận Tổ quốc Việt Nam", "Hội Cựu chiến binh các cấp", "các tổ chức chính trị - xã hội"]
D9 = lambda: D("recurring", "6 tháng, hằng năm và định kỳ", None, "half-year")

tasks = [
  T("B.I.1.a", "Tổ chức Hội nghị quán triệt và triển khai", L1, S1, D1(), "TuyenTruyen", amb=True),
  T("B.I.1.b", "Tổ chức triển khai thực hiện các chủ trương của Đảng,", L1, S1, D1(), "Khac", amb=True),
  T("B.II.1.a", "Xây dựng, ban hành Quy chế, Kế hoạch của Ban Chỉ đạo", L2, [], D2(), "BanHanhVanBan", amb=True),
  T("B.II.1.b", "Ban hành Quyết định của Thủ tướng Chính phủ về chế độ,", L2, [], D2(), "BanHanhVanBan", amb=True),
  T("B.II.1.c", "Ban hành Thông tư của Bộ Quốc phòng hướng dẫn", L2, [], D2(), "BanHanhVanBan", amb=True),
  T("B.II.1.d", "Ban hành các văn bản hướng dẫn của các Bộ, ngành", L2, [], D2(), "BanHanhVanBan", amb=True),
  T("B.III.1.a", "Chỉ đạo, định hướng kế hoạch tuyên truyền về công tác", L3, S3, D3(), "TuyenTruyen", amb=True),
  T("B.III.1.b", "Tổ chức thành phong trào thường xuyên, sâu rộng,", L3, S3, D3(), "ToChucPhongTrao", amb=True),
  T("B.III.1.c", "Tổ chức các diễn đàn, trao đổi, chia sẻ thông tin;", L3, S3, D3(), "ToChucPhongTrao", amb=True),
  T("B.III.1.d", "Lập các chuyên trang, chuyên mục về công tác tìm kiếm,", L3, S3, D3(), "TuyenTruyen", amb=True),
  T("B.III.1.đ", "xuất bản ấn phẩm trao đổi thông tin về tìm kiếm,", L3, S3, D3(), "TuyenTruyen", amb=True),
  T("B.III.1.e", "Tuyên truyền về kết quả tìm kiếm quy tập", L3, S3, D3(), "TuyenTruyen", amb=True),
  T("B.IV.1.a", "Thành lập và thường xuyên kiện toàn Ban Chỉ đạo quốc gia", L4, [], D4(), "ToChucBoMay", amb=True),
  T("B.IV.1.b", "Thành lập Ban Chỉ đạo ở các quân khu do đồng chí", L4, [], D4(), "ToChucBoMay", amb=True),
  T("B.IV.1.c", "Thành lập Ban Chỉ đạo ở các tỉnh, thành phố trực thuộc", L4, [], D4(), "ToChucBoMay", amb=True),
  T("B.IV.1.d", "Thành lập Văn phòng Ban Chỉ đạo quốc gia 1237; kiện toàn", L4, [], D4(), "ToChucBoMay", amb=True),
  T("B.IV.1.đ", "Tổ chức các đội chuyên trách (hoặc lâm thời) của quân đội", L4, [], D4(), "ToChucBoMay", amb=True),
  T("B.IV.1", "Cơ cấu thành phần Ban Chỉ đạo các cấp, Văn phòng", ["Bộ Quốc phòng"], [], D4(), "ToChucBoMay", amb=True),
  T("B.V.1.a", "phiên hiệu đơn vị quân đội trong chiến tranh;", L5, S5, D20(), "Khac", amb=True),
  T("B.V.1.b", "Tổ chức rà soát, kiện toàn hồ sơ liệt", L5, S5, D20(), "Khac", amb=True),
  T("B.V.1.c", "Thu thập, kết nối, xử lý thông tin về", L5, S5, D20(), "Khac", amb=True),
  T("B.V.1.d", "Xây dựng cơ sở dữ liệu tích hợp quản lý liệt sĩ", L5, S5, D20(), "Khac", amb=True),
  T("B.V.1.đ", "Lập Bản đồ tìm kiếm, quy tập hài cốt", L5, S5, D20(), "Khac", amb=True),
  T("B.V.1.e", "Tổ chức các hoạt động nghiên cứu khoa học,", L5, S5, D20(), "Khac", amb=True),
  T("B.V.1.f", "Cung cấp thông tin về mộ liệt sĩ có", L5, S5, D20(), "Khac", amb=True),
  T("B.VI.1.a", "Chỉ đạo mở rộng hoạt động tìm kiếm, cất bốc, quy tập", L6, [], D20(), "Khac", amb=True),
  T("B.VI.1.b", "hài cốt liệt sĩ ở Lào, Campuchia; phối hợp khảo sát,", L6, [], D20(), "Khac", amb=True),
  T("B.VI.1.c", "Từng bước đề xuất kế hoạch tìm kiếm, quy tập hài cốt", L6, [], D20(), "ThamMuu", amb=True),
  T("B.VII.1.a", "Trao đổi đoàn, chia sẻ thông tin tìm kiếm, quy tập với", L7, S7, D20(), "Khac", amb=True),
  T("B.VII.1.b", "Tiếp tục phối hợp với Ban Công tác đặc", L7, S7, D20(), "Khac", amb=True),
  T("B.VII.1.c", "Nghiên cứu kinh nghiệm một số nước giải quyết", L7, S7, D20(), "Khac", amb=True),
  T("B.VII.1.d", "Mở rộng các hoạt động của các tổ chức hội (CCB, TNXP...)", L7, S7, D20(), "Khac", amb=True),
  T("B.VIII.1.a", "Rà soát phương tiện hiện có, tiếp tục đề xuất phương án", L8, S8, D20(), "Khac", amb=True),
  T("B.VIII.1.b", "Từng bước bảo đảm bổ sung trang bị thiết bị dò tìm", L8, S8, D20(), "Khac", amb=True),
  T("B.VIII.1.c", "Bảo đảm chế độ cho lực lượng tìm kiếm,", L8, S8, D20(), "Khac", amb=True),
  T("B.VIII.1.d", "Hoàn thành việc xây dựng nhà tạm cho các Đội quy tập", L8, S8, D20(), "Khac", amb=True),
  T("B.VIII.1.đ", "Đề xuất phương án từng bước bảo đảm phương", L8, S8, D20(), "ThamMuu", amb=True),
  T("B.IX.1.a", "Tổ chức kiểm tra thường xuyên và định kỳ các nội dung,", L9, S9, D("ongoing", "thường xuyên"), "KiemTraGiamSat", amb=True),
  T("B.IX.1.b", "Sơ kết 6 tháng, 1 năm triển khai thực hiện;", L9, S9, D("recurring", "6 tháng, 1 năm", None, "half-year"), "BaoCao", amb=True),
  T("B.IX.1.c", "Tổng kết giai đoạn 2013-2015 vào năm 2015; giai đoạn 2016-2020", L9, S9, D("period", "vào năm 2015", "2015-12-31"), "BaoCao", amb=True),
  T("B.IX.1.d", "Khen thưởng, biểu dương tập thể, cá nhân có thành tích", L9, S9, D9(), "KhenThuong", amb=True),
  # Part C: priorities to 2015; owners only where the item names them
  T("C.1", "Tập trung nghiên cứu hoàn thành việc xây dựng, ban hành", [], [], D("period", "trong năm 2013", "2013-12-31"), "BanHanhVanBan"),
  T("C.2", "Tổ chức quán triệt, triển khai thực hiện Chỉ thị số 24-CT/TW", [], [],
    D("period", "Quý IV/2013, Quý I/2014 và thường xuyên", "2014-03-31"), "TuyenTruyen", amb=True),
  T("C.3", "Các Bộ, ngành chức năng, các cơ quan báo chí Trung ương,",
    ["Các Bộ, ngành chức năng", "các cơ quan báo chí Trung ương, địa phương, quân đội", "Mặt trận Tổ quốc Việt Nam",
     "Hội Cựu chiến binh các cấp", "các tổ chức chính trị - xã hội"], [], None, "TuyenTruyen", amb=True),
  T("C.4", "Thành lập Ban Chỉ đạo cấp quân khu; Ban", [], [],
    D("period", "năm 2013 và kiện toàn thường xuyên hàng năm", "2013-12-31"), "ToChucBoMay", amb=True),
  T("C.5", "giải phóng dân tộc và chiến tranh bảo vệ Tổ quốc.", [], [], None, "Khac", amb=True),
  T("C.6", "Triển khai đồng bộ các giải pháp, đẩy mạnh các hoạt động", ["Các địa phương"], [], None, "Khac", amb=True),
  T("C.7", "Tiếp tục phát triển hợp tác với Ban Công tác đặc biệt,", [], [], None, "Khac", amb=True),
  T("C.8", "Tổng kết giai đoạn năm 2013 - 2015; bổ sung kế hoạch", [], [],
    D("period", "giai đoạn năm 2013 - 2015", "2015-12-31"), "BaoCao", amb=True),
  # Part D
  T("D.1", "Chỉ đạo chặt chẽ việc triển khai Quyết định số 1237/QĐ-TTg", ["Ban Chỉ đạo quốc gia 1237"], [],
    D("ongoing", "thường xuyên"), "KiemTraGiamSat", amb=True),
  T("D.2", "Chủ trì, phối hợp với các Bộ, ngành có", ["Bộ Quốc phòng"], ["các Bộ, ngành có liên quan"],
    None, "ThamMuu"),
  T("D.3", "Căn cứ quy định tại Điều 3 của Quyết định số 1237/QĐ-TTg",
    ["các Bộ, ngành, địa phương", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Trung ương Hội Cựu chiến binh Việt Nam"],
    ["Bộ Quốc phòng"], None, "BanHanhVanBan"),
  T("D.4.1", "Căn cứ vào nội dung, nhiệm vụ của Kế",
    ["Ban Chỉ đạo cấp quân khu", "Ban Chỉ đạo các tỉnh, thành phố trực thuộc Trung ương"], [], None, "BanHanhVanBan"),
  T("D.4.2", "Tập trung triển khai có hiệu quả các nội",
    ["Ban Chỉ đạo cấp quân khu", "Ban Chỉ đạo các tỉnh, thành phố trực thuộc Trung ương"], [],
    D("period", "từ năm 2013 đến năm 2015", "2015-12-31"), "Khac"),
  T("D.5", "Căn cứ vào chức năng, nhiệm vụ, tham gia",
    ["Các tổ chức chính trị - xã hội", "tổ chức, đoàn thể có liên quan"], [], None, "TuyenTruyen"),
  T("D.6.1", "Chủ trì, phối hợp với các cơ quan chức",
    ["Văn phòng Ban Chỉ đạo quốc gia 1237"], ["các cơ quan chức năng có liên quan"], None, "ThamMuu"),
  T("D.6.2", "Giúp Ban Chỉ đạo quốc gia và Bộ Quốc",
    ["Văn phòng Ban Chỉ đạo quốc gia 1237"], [], D("period", "năm 2013 - 2015", "2015-12-31"), "KiemTraGiamSat", amb=True),
  T("D.6.3", "Đề xuất và chuẩn bị nội dung sơ kết,",
    ["Văn phòng Ban Chỉ đạo quốc gia 1237"], [], None, "BaoCao"),
  T("D.7.2", "Bộ Quốc phòng chỉ đạo, hướng dẫn các cơ",
    ["Bộ Quốc phòng"], [], None, "Khac"),
]
write(SRC, doc, tasks)
