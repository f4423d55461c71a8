"""Blind labels for realdocs11 02: Công văn of the Ủy ban nhân dân tỉnh Lào Cai (number and date left blank, 2026) on
protecting unexploited minerals. "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu và đề nghị các cơ quan, đơn vị thực hiện một
số nội dung như sau:" over seven owner headings with "-" bullets (1-7), then items 8-9 with their own subject, 10 a
request ("Đề nghị …:"), 11 a closing call with the difficulties notice, and "Căn cứ văn bản này, … triển khai thực
hiện./.". Docx text (header, addressees and signature joined in " | " cells), from Trangsct/skill-sct. Annotator
annot13; see NOTES.md (realdocs11)."""
from labelkit import T, D
from r11kit import A as _A, L as _L, write
SRC = "02_congvan-UBND-KT-LaoCai-2026-bao-ve-khoang-san-chua-khai-thac.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "CongVan", "number": None, "issuer": "Ủy ban nhân dân tỉnh Lào Cai", "place": "Lào Cai",
  "issuedOn": None,
  "title": "V/v tăng cường công tác quản lý bảo vệ khoáng sản chưa khai thác trên địa bàn",
  "signer": {"name": "Nguyễn Thành Sinh", "position": "Phó Chủ tịch", "capacity": "KT. Chủ tịch"},
  "references": [],
  "recipients": ["Như trên", "Thường trực Tỉnh ủy (để báo cáo)", "Chủ tịch UBND tỉnh", "Các PCT UBND tỉnh",
                 "CVP, các PCVP UBND tỉnh", "Lưu: VT, KT(Thủy, Nho)."],
}
BH, TT, KT, BC, TM, BM, K = ("BanHanhVanBan", "TuyenTruyen", "KiemTraGiamSat", "BaoCao", "ThamMuu", "ToChucBoMay",
                              "Khac")
NM, CT, XD, TC, CA, QS = ("Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Xây dựng", "Sở Tài chính",
                          "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh")
UBX = "Ủy ban nhân dân các xã, phường"
ONG = D("ongoing", "Thường xuyên")
# (path, words that start the item's line, lead, support, deadline, category)
items = [
  ("1.1", "- Tiếp tục chủ động tham mưu công tác quản lý", [NM], [CA, "các Sở, ban, ngành và địa phương liên quan"],
   None, TM),
  ("1.2", "- Rà soát, tham mưu hoàn thiện và tổ chức thực hiện nghiêm quy chế", [NM], [], None, TM),
  ("1.3", "- Chủ trì tham mưu tổ chức các đợt kiểm tra liên tỉnh", [NM], [], None, KT),
  ("1.4", "- Thường xuyên đôn đốc, hướng dẫn UBND các xã", [NM], [], ONG, KT),
  ("1.5", "- Chủ động có văn bản hướng dẫn, đôn đốc các tổ chức", [NM], [], None, BH),
  ("2.1", "- Chủ trì, phối hợp với các Sở, ban, ngành, địa phương tăng cường", [CT], ["các Sở, ban, ngành, địa phương"],
   None, KT),
  ("2.2", "- Tăng cường kiểm tra việc quản lý, sử dụng vật liệu nổ", [CT], [], None, KT),
  ("3.1", "- Chủ trì, phối hợp với các Sở, ngành, địa phương tăng cường quản lý", [XD], ["các Sở, ngành, địa phương"],
   None, K),
  ("3.2", "- Tăng cường kiểm tra việc sử dụng vật liệu xây dựng", [XD], [], None, KT),
  ("3.3", "- Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Công an tỉnh", [XD],
   [NM, CA, "Ủy ban nhân dân các địa phương"], None, KT),
  ("3.4", "- Tăng cường quản lý giá vật liệu xây dựng", [XD], [], None, K),
  ("4.1", "- Chủ trì tham mưu, đề xuất, báo cáo UBND tỉnh xem xét, bố trí kinh phí", [TC], [], None, TM),
  ("4.2", "- Chủ trì tham mưu quản lý chặt chẽ hoạt động đầu tư", [TC], [], None, TM),
  ("4.3", "- Chủ động tham mưu cơ chế quản lý, sử dụng nguồn thu", [TC], [], None, TM),
  ("5.1", "- Tập trung đấu tranh, triệt phá các đường dây", [CA], [], None, K),
  # "Chỉ đạo <force> tăng cường …": the heading's body and the force it directs lead (realdocs6/9/10 convention).
  ("5.2", "- Chỉ đạo lực lượng Công an xã, phường", [CA, "lực lượng Công an xã, phường"], [], None, KT),
  ("5.3", "- Tăng cường công tác quản lý hoạt động vận chuyển", [CA], [], None, KT),
  ("5.4", "- Tiếp tục tuần tra, kiểm soát, phát hiện, xử lý nghiêm, xử lý dứt điểm", [CA], [],
   D("period", "xong trong quý II/2026", "2026-06-30"), KT),
  ("6.1", "- Chủ trì, phối hợp với cơ quan liên quan tăng cường", [QS], ["cơ quan liên quan"], None, K),
  ("6.2", "- Chỉ đạo các lực lượng biên phòng tăng cường tuần tra", [QS, "các lực lượng biên phòng"],
   ["lực lượng chức năng", "chính quyền cơ sở"], None, KT),
  ("6.3", "- Kiểm soát chặt chẽ hoạt động xuất nhập khẩu", [QS], [], None, KT),
  ("6.4", "- Phối hợp tuyên truyền, vận động nhân dân khu vực biên giới", [QS], [], None, TT),
  ("6.5", "- Chỉ đạo lực lượng biên phòng cơ sở duy trì", [QS, "lực lượng biên phòng cơ sở"], [],
   D("ongoing", "tuần tra thường xuyên"), KT),
  # 7.1: the chairmen are the subject of their own bullet (under the heading "UBND các xã, phường").
  ("7.1", "- Chủ tịch UBND các xã, phường chịu trách nhiệm toàn diện", ["Chủ tịch Ủy ban nhân dân các xã, phường"], [],
   None, KT),
  ("7.2", "- Đẩy mạnh công tác tuyên truyền, phổ biến pháp luật", [UBX], [], None, TT),
  ("7.3", "- Tăng cường quản lý đất đai, lòng sông", [UBX], [], None, KT),
  ("7.4", "- Ban hành kế hoạch cụ thể về bảo vệ khoáng sản", [UBX], [], None, BH),
  ("7.5", "- Tổ chức ký cam kết thực hiện bảo vệ khoáng sản", [UBX], [], None, K),
  ("7.6", "- Thực hiện đúng, đầy đủ các nội dung cam kết", [UBX], [], None, BH),
  # 8: own subject; "hướng dẫn, phối hợp UBND các xã, phường" (no "với") read as support.
  ("8", "8. Các Sở, ban, ngành thuộc tỉnh", ["Các Sở, ban, ngành thuộc tỉnh"], [UBX], None, K),
  # 9: licence holders, a group under a determiner, given a duty.
  ("9", "9. Các tổ chức, cá nhân được cấp giấy phép",
   ["Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản"], [], None, K),
  ("10", "10. Đề nghị Ủy ban Mặt trận Tổ quốc", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai",
   "các cơ quan liên quan"], [], None, KT, "requested"),
]
# 11 (a call to carry the letter out strictly + the difficulties notice) and "Căn cứ văn bản này, … triển khai thực
# hiện./." are closing boilerplate (NOTES: alternative 11 a task, +1).
tasks = []
for path, sub, lead, sup, dl, cat, *mode in items:
    ln = L(sub)
    after = "10. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai và các cơ quan liên quan:" if path == "10" else None
    tasks.append(T(path, A(ln, after), lead, sup, dl, cat, mode=mode[0] if mode else None))
assert len(tasks) == 5 + 2 + 4 + 3 + 4 + 5 + 6 + 3
write(SRC, doc, tasks)
