"""Blind labels for realdocs18 04: the body of Công điện 149/CĐ-TTg of the Thủ tướng Chính phủ (28/8/2025) on gifts to
every citizen for the 80th anniversary of the August Revolution and National Day, as baochinhphu.vn reproduced it:
"Công điện nêu:" and two background paragraphs, "Thủ tướng Chính phủ yêu cầu:" over six numbered items (item 1 followed
by the paragraph "Mức quà tặng: …"). No header, number, date, signature or recipients. The `content` string of a news
item in a TypeScript sample-data file (file id 44473939973). Annotator annot20; see NOTES.md (realdocs18)."""
from labelkit import T, D
from r18kit import A as _A, R, L as _L, write
SRC = "04_congdien-149-CD-TTg-2025-tang-qua-nguoi-dan-Quoc-khanh-bao-chinh-phu.txt"
_last = [1]
def L(sub):
    _last[0] = _L(SRC, sub, _last[0])
    return _last[0]
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  # No kind line, no number, no "V/v" line: the text calls itself "Công điện" ("Công điện nêu:", "… việc thực hiện Công
  # điện này"), a kind the contract's list does not have → Other (alternative null).
  "kind": "Other", "number": None,
  # No header: the issuer is the subject of the charge that introduces the items ("… Thủ tướng Chính phủ yêu cầu:"),
  # as the contract reads a headless document by the subject of its closing charge.
  "issuer": "Thủ tướng Chính phủ",
  "place": None, "issuedOn": None, "title": None,
  "signer": {"name": None, "position": None, "capacity": None},
  "references": [
    # "Tại văn bản số 17129-CV/VPTW ngày 28 tháng 8 năm 2025 của Văn phòng Trung ương, Bộ Chính trị đã đồng ý …" and
    # item 1's "căn cứ ý kiến chỉ đạo của Bộ Chính trị tại văn bản số 17129-CV/VPTW" (one reference): a Party letter
    # (kind symbol CV before the issuer's) → CongVan; mentions (**alternative** implements: "Để kịp thời triển khai ý
    # kiến chỉ đạo của Bộ Chính trị, …" carries out the direction that letter conveyed, but names no number).
    R("CongVan", "17129-CV/VPTW", "2025-08-28", "Văn phòng Trung ương", "mentions"),
  ],
  "recipients": [],
}
K, TM, TT, KT = "Khac", "ThamMuu", "TuyenTruyen", "KiemTraGiamSat"
tasks = []
def add(path, sub, lead, sup, dl, cat):
    tasks.append(T(path, A(L(sub)), list(lead), list(sup), dl, cat))

# The two background paragraphs before "Thủ tướng Chính phủ yêu cầu:" → none. Every item has its own subject →
# assigned (gold 01 / r3-03 / realdocs5 convention after "Thủ tướng Chính phủ yêu cầu:").
# 1: four leads; "phối hợp chặt chẽ" without "với" names no support. The paragraph after it, "Mức quà tặng: 100.000
# đồng/người dân, cho toàn dân ăn Tết Độc lập." (a label, a colon and an amount: an allocation field) is no task: part
# of item 1's text as its continuation. Deadline "xong trước ngày Quốc khánh 02/9/2025" → date 2025-09-02 (the day
# itself, as the labels read "trước ngày …"). Reviewing recipients and transferring gifts → Khac.
add("1", "1. Bộ Tài chính, Ngân hàng Nhà nước Việt Nam, Bộ Công an",
    ["Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam", "Bộ Công an",
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], [],
    D("date", "xong trước ngày Quốc khánh 02/9/2025", "2025-09-02"), K)
# 2: "Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan khẩn trương báo cáo cấp có thẩm quyền quyết định trước
# ngày 29 tháng 8 năm 2025 bố trí nguồn kinh phí …" → submitting the funding for a higher body to decide → ThamMuu
# (alternative BaoCao).
add("2", "2. Bộ Tài chính chủ trì", ["Bộ Tài chính"], ["các cơ quan liên quan"],
    D("date", "trước ngày 29 tháng 8 năm 2025", "2025-08-29"), TM)
# 3: "Ngân hàng Nhà nước Việt Nam chỉ đạo các đơn vị có liên quan và các ngân hàng thương mại, … bảo đảm hệ thống thanh
# toán và tiền mặt …": groups directed carry it out, no owners → the Bank leads alone; "kịp thời" bounds nothing. Khac.
add("3", "3. Ngân hàng Nhà nước Việt Nam chỉ đạo", ["Ngân hàng Nhà nước Việt Nam"], [], None, K)
# 4: "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các cơ quan, đơn vị có liên quan trên địa bàn,
# phối hợp chặt chẽ với Bộ Công an, Bộ Tài chính, Ngân hàng Nhà nước Việt Nam để tổ chức chuyển quà …" → the group
# directed is no owner; supports after "phối hợp chặt chẽ với". Khac.
add("4", "4. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo",
    ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
    ["Bộ Công an", "Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam"], None, K)
# 5: four leads (one official name with a comma, "Bộ Văn hóa, Thể thao và Du lịch"); information and communication →
# TuyenTruyen.
add("5", "5. Bộ Văn hóa, Thể thao và Du lịch",
    ["Bộ Văn hóa, Thể thao và Du lịch", "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"],
    [], None, TT)
# 6: "Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao, theo dõi, đôn đốc việc thực hiện Công điện này; báo cáo cấp
# có thẩm quyền những vấn đề vượt thẩm quyền." — the last item, a follow-up of its own (theo dõi, đôn đốc) → a task,
# KiemTraGiamSat (alternative BaoCao).
add("6", "6. Văn phòng Chính phủ theo chức năng", ["Văn phòng Chính phủ"], [], None, KT)
write(SRC, doc, tasks)
