"""Blind labels for realdocs16 04: a Thông báo of the Ủy ban nhân dân thành phố Hà Nội (number and date left blank for
the signing day; 453/TB-UBND by the source's record, whose URL sits in a
2026/4/29 folder) on flying the national flag during the 11th
congress of the Mặt trận Tổ quốc Việt Nam: a request paragraph ("… đề nghị các cơ quan, đơn vị của Trung ương; các sở,
ban, ngành, đơn vị và các hộ gia đình … treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026.") and a paragraph of
duties ("Ủy ban nhân dân các phường, xã có trách nhiệm chỉ đạo, kiểm tra …; Thủ trưởng các cơ quan, đơn vị chỉ đạo,
kiểm tra …"), signed TL. Chủ tịch / KT. Chánh Văn phòng. A one-page text transcribed by the author of a public OCR
benchmark (file id 56653733104), its Python string quoting stripped. Annotator annot18; see NOTES.md (realdocs16)."""
from labelkit import T, D
from r16kit import A as _A, R, L as _L, write
SRC = "04_thongbao-TB-UBND-HaNoi-2026-treo-co-To-quoc-Dai-hoi-MTTQ.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  # THÔNG BÁO → Other (realdocs9 01). "Số: /TB-UBND" → number null; "Hà Nội, ngày tháng năm" → issuedOn null, place kept.
  "kind": "Other", "number": None, "issuer": "Ủy ban nhân dân thành phố Hà Nội", "place": "Hà Nội", "issuedOn": None,
  "title": "Về việc treo cờ Tổ quốc",
  # "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG": the capacity right above the position (realdocs12's
  # reading of the same block; alternative "TL. Chủ tịch").
  "signer": {"name": "Võ Tuấn Anh", "position": "Phó Chánh Văn phòng", "capacity": "KT. Chánh Văn phòng"},
  "references": [],
  "recipients": ["Đ/c Bí thư Thành ủy", "Thường trực Thành ủy", "Thường trực HĐND Thành phố", "Chủ tịch UBND Thành phố",
                 "Các Phó Chủ tịch UBND Thành phố", "UB MTTQ VN TP và các đoàn thể TP", "UBND các phường, xã",
                 "Cơ quan Báo&PT, TH Thành phố",
                 "VPUB: CVP, PCVP P.T.T.Huyền, phòng: KGVX, TH, HC-QT, Trung tâm TTĐL&CNS Thành phố", "Lưu: VT, KGVX"],
}
tasks = [
  # 1: the issuer's request, its own "đề nghị" → requested; the addressees split at ";" and "và" as written. Flag
  # flying for a congress is visual propaganda → TuyenTruyen (alternative Khac, or ToChucPhongTrao for the event).
  # "từ ngày 10/5/2026 đến hết ngày 14/5/2026" → a span of days: period ending 14/5/2026, ambiguous (alternative date).
  T("1", A(L("Ủy ban nhân dân thành phố Hà Nội đề nghị")),
    ["các cơ quan, đơn vị của Trung ương", "các sở, ban, ngành, đơn vị", "các hộ gia đình trên địa bàn Thành phố"], [],
    D("period", "từ ngày 10/5/2026 đến hết ngày 14/5/2026", "2026-05-14"), "TuyenTruyen", mode="requested", amb=True),
  # 2: one paragraph, two subjects with their own duties (chỉ đạo, kiểm tra, nhắc nhở) → one task, two leads, assigned;
  # it ends the notice with "./." but names a follow-up of its own, so it is no closing call. Its own text states no
  # date (the flag days are paragraph 1's): null (alternative: paragraph 1's period).
  T("2", A(L("Ủy ban nhân dân các phường, xã có trách nhiệm")),
    ["Ủy ban nhân dân các phường, xã", "Thủ trưởng các cơ quan, đơn vị"], [], None, "KiemTraGiamSat"),
]
write(SRC, doc, tasks)
