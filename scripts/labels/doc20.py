from labelkit import T, D, write
SRC = "20_baocao-BLDTBXH-2010-tinh-hinh-thuc-hien-nhiem-vu-thang02-ke-hoach-thang03.txt"
BLD = "Bộ Lao động - Thương binh và Xã hội"
def R(kind, number, issuedOn, issuer, relation="mentions"):
    return {"kind": kind, "number": number, "issuedOn": issuedOn, "issuer": issuer, "relation": relation}
doc = {
  "kind": "BaoCao", "number": None, "issuer": BLD,
  "place": None, "issuedOn": None,
  "title": "tình hình thực hiện nhiệm vụ công tác tháng 02 và kế hoạch công tác tháng 03 năm 2010",
  "signer": {"name": None, "position": None, "capacity": None},
  "references": [
    R("CongVan", "4734/LĐTBXH-BTXH", None, BLD),
    R("NghiDinh", "67/2007/NĐ-CP", "2007-04-13", None),
    R("KeHoach", "139/KH-LĐTBXH", "2010-01-13", BLD),
    R("CongVan", "872/VPCP-KGVX", "2010-02-05", None),
    R("Other", "410/TB-BLĐTBXH", "2010-02-05", BLD),
    R("QuyetDinh", "61/QĐ-CTN", "2010-01-15", None),
    R("CongVan", "1088/VPCP-KTTH", "2010-02-22", None),
    R("NghiDinh", "110/2007/NĐ-CP", "2007-06-26", None),
    R("NghiDinh", "147/2003/NĐ-CP", "2003-12-02", "Chính phủ"),
    R("QuyetDinh", "143/QĐ-LĐTBXH", "2010-01-26", None),
  ],
  "recipients": [],
}
M3 = lambda t: D("date", t, "2010-03-31")
L = [BLD]
tasks = [
  # Part A (work done in February) is a report, not tasks. Part B is the March work plan.
  T("B.I.1.1", "Dự thảo Nghị định sửa đổi Nghị định số 110/2007/NĐ-CP",
    L, [], M3("tháng 03"), "BanHanhVanBan", amb=True),
  T("B.I.1.2", "Dự thảo Nghị định quy định mức trợ cấp, phụ cấp",
    L, [], M3("tháng 03"), "BanHanhVanBan", amb=True),
  T("B.I.1.3", "Dự thảo Quyết định của Thủ tướng Chính phủ về việc",
    L, [], M3("tháng 03"), "BanHanhVanBan", amb=True),
  T("B.I.1.4", "Dự thảo Nghị định sửa đổi, bổ sung Nghị định số 147/2003/NĐ-CP",
    L, [], M3("tháng 03"), "BanHanhVanBan", amb=True),
  T("B.I.2", "Tháng 3, theo kế hoạch Bộ sẽ ban hành",
    L, [], M3("Tháng 3"), "BanHanhVanBan"),
  T("B.II.1", "Tập trung triển khai thực hiện Quyết định số 143/QĐ-LĐTBXH",
    [], [], None, "Khac", amb=True),
  T("B.II.2", "Chuẩn bị tổ chức các sự kiện do Bộ chủ trì",
    L, [], None, "ToChucPhongTrao", amb=True),
  T("B.II.3", "Tập trung hoàn thành giai đoạn giai đoạn 2 của Đề án",
    [], [], None, "Khac", amb=True),
  T("B.II.4", "Tổ chức Lễ phát động Tuần lễ quốc gia về an toàn",
    [], [], None, "ToChucPhongTrao", amb=True),
  T("B.II.5", "Tổ chức thanh tra việc thực hiện chính sách ưu đãi",
    [], [], None, "KiemTraGiamSat", amb=True),
]
write(SRC, doc, tasks, segmented=True)
