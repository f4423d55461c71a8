"""Blind labels for realdocs15 05: Quyết định 699/QĐ-BNNMT of the Bộ Nông nghiệp và Môi trường (27/02/2026) piloting the
allocation of greenhouse-gas emission quotas for 2025 and 2026: four articles (Điều 1 allocates "theo Phụ lục", Điều 2
the facilities' duty to surrender quotas, Điều 3 the Cục Biến đổi khí hậu's duty to notify and monitor, Điều 4 effect
and execution) and an appendix table of 110 facilities (name, address, tax code, legal representative, quota 2025 and
2026) under three roman group rows, with a total row. The table allocates: its rows are no tasks — a long table of
named companies that must not be read as tasks is the point of taking this document. Word-table header and signature
(the converter of realdocs12 03 and realdocs15 02), from Trangsct/skill-sct. Annotator annot17; see NOTES.md
(realdocs15)."""
from labelkit import T
from r15kit import A as _A, R, L as _L, write
SRC = "05_quyetdinh-699-QD-BNNMT-2026-thi-diem-phan-bo-han-ngach-phat-thai-khi-nha-kinh.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  # No plan, programme or scheme is issued (the appendix is a list of quotas) → kind QuyetDinh, tasks from articles.
  "kind": "QuyetDinh", "number": "699/QĐ-BNNMT", "issuer": "Bộ Nông nghiệp và Môi trường",
  "place": "Hà Nội", "issuedOn": "2026-02-27",
  # The title line as written (no "VỀ VIỆC"); the authority line "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" is no part.
  "title": "THÍ ĐIỂM PHÂN BỔ HẠN NGẠCH PHÁT THẢI KHÍ NHÀ KÍNH CHO NĂM 2025 VÀ NĂM 2026",
  "signer": {"name": "Lê Công Thành", "position": "Thứ trưởng", "capacity": "KT. Bộ trưởng"},
  "references": [
    R("NghiDinh", "35/2025/NĐ-CP", "2025-02-25", "Chính phủ", "basis"),
    R("NghiDinh", "06/2022/NĐ-CP", "2022-01-07", "Chính phủ", "basis"),
    # Cited inside 06's "Căn cứ" as its amending decree ("được sửa đổi, bổ sung bởi Nghị định số 119/2025/NĐ-CP … của
    # Chính phủ") and again in Điều 2 → basis (alternative mentions).
    R("NghiDinh", "119/2025/NĐ-CP", "2025-06-09", "Chính phủ", "basis"),
    R("QuyetDinh", "263/QĐ-TTg", "2026-02-09", "Thủ tướng Chính phủ", "basis"),
    R("CongVan", "8827/BCT-ĐCK", "2025-11-10", "Bộ Công Thương", "basis"),
    R("CongVan", "13501/BXD-KHCNMT&VLXD", "2025-11-17", "Bộ Xây dựng", "basis"),
  ],
  "recipients": ["Như Điều 4", "Bộ trưởng Trần Đức Thắng (để báo cáo)", "Các Thứ trưởng", "Văn phòng Chính phủ",
                 "Các Bộ: Công Thương, Xây dựng", "UBND các tỉnh, thành phố trực thuộc Trung ương",
                 "Lưu: VT, VP(TH), BĐKH."],
}
tasks = [
  # Điều 1 "Thí điểm phân bổ hạn ngạch … theo Phụ lục …": decides the allocation, names no owner → none.
  # Điều 2 "Các cơ sở được thí điểm phân bổ hạn ngạch phát thải khí nhà kính có trách nhiệm nộp trả hạn ngạch … theo quy
  # định tại Điều 19 …": private parties as a group under a determiner, given a duty ("có trách nhiệm") → lead, the
  # subject as written (alternative the short "Các cơ sở"). Surrendering quotas under the decree → Khac.
  T("2", A(L("Điều 2. Các cơ sở được thí điểm"), "Điều 2."), ["Các cơ sở được thí điểm phân bổ hạn ngạch phát thải khí nhà kính"],
    [], None, "Khac"),
  # Điều 3 "Cục Biến đổi khí hậu có trách nhiệm thông báo và phối hợp với cơ quan chuyên môn theo ngành, lĩnh vực có
  # liên quan thuộc Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương theo dõi việc tuân thủ hạn ngạch …" →
  # support the provinces' specialised agencies, named as the text does up to the verb "theo dõi" (alternative the
  # shorter "cơ quan chuyên môn theo ngành, lĩnh vực có liên quan"). Monitoring compliance → KiemTraGiamSat.
  T("3", A(L("Điều 3. Cục Biến đổi khí hậu"), "Điều 3."), ["Cục Biến đổi khí hậu"],
    ["cơ quan chuyên môn theo ngành, lĩnh vực có liên quan thuộc Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
    None, "KiemTraGiamSat"),
  # Điều 4 (effect) and the execution clause under it → none. Appendix: 110 rows "| n | <facility> | <address> | <tax
  # code> | <representative> | <quota 2025> | <quota 2026> |", three group rows (I, II, III) and a total row: each row
  # gives a facility its share (an allocation, not work) → none.
]
write(SRC, doc, tasks)
