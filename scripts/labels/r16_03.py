"""Blind labels for realdocs16 03: Công văn 3722/VPCP-CN of the Văn phòng Chính phủ (28/4/2026) conveying the standing
Deputy Prime Minister's opinion on Đồng Nai's request for a special mechanism (Metro Bến Thành - Suối Tiên extension):
one assigning paragraph "Giao các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường có ý kiến … trước
ngày 10 tháng 5 năm 2026 để báo cáo Thủ tướng Chính phủ." and the notice's closing line. A one-page text transcribed by
the author of a public OCR benchmark (file id 56653733104), its Python string quoting stripped. Annotator annot18; see
NOTES.md (realdocs16)."""
from labelkit import T, D
from r16kit import A as _A, R, L as _L, write
SRC = "03_congvan-3722-VPCP-CN-2026-co-che-dac-thu-Metro-Ben-Thanh-Suoi-Tien-Long-Thanh.txt"
L = lambda sub, start=1: _L(SRC, sub, start)
A = lambda ln, after=None: _A(SRC, ln, after)
doc = {
  "kind": "CongVan", "number": "3722/VPCP-CN", "issuer": "Văn phòng Chính phủ", "place": "Hà Nội",
  "issuedOn": "2026-04-28",
  "title": "V/v cơ chế đặc thù xây dựng công trình khẩn cấp đối với Dự án kéo dài tuyến Metro Bến Thành - Suối Tiên "
           "đến Trung tâm hành chính tỉnh và Cảng hàng không quốc tế Long Thành",
  "signer": {"name": "Phạm Mạnh Cường", "position": "Phó Chủ nhiệm", "capacity": "KT. Bộ trưởng, Chủ nhiệm"},
  "references": [
    # "Xét đề nghị của Ủy ban nhân dân tỉnh Đồng Nai tại văn bản số 92/TTr-UBND ngày 21 tháng 4 năm 2026" (cited again
    # as "Tờ trình số 92/TTr-UBND nêu trên": one reference) → Other, mentions, issuer null (realdocs9 04's reading of
    # "Xét đề nghị của … tại …"; alternative "Ủy ban nhân dân tỉnh Đồng Nai").
    R("Other", "92/TTr-UBND", "2026-04-21", None),
  ],
  "recipients": ["Như trên", "Thủ tướng, PTTgTT Phạm Gia Túc (để b/c)", "UBND TP. Hồ Chí Minh",
                 "VPCP: BTCN, PCN Phạm Mạnh Cường, các Vụ: TH, PL, TGĐ Cổng TTĐT", "Lưu: VT, CN, Cm."],
}
tasks = [
  # The opening ("Xét đề nghị … có ý kiến như sau:") and the closing line for information ("Văn phòng Chính phủ thông
  # báo để các Bộ, cơ quan biết, thực hiện./.") give none. "Giao các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông
  # nghiệp và Môi trường" → five ministries, each with "Bộ" ("Nông nghiệp và Môi trường" is one ministry). Their
  # opinions are to be reported to the Prime Minister → ThamMuu. "… ý kiến của Ủy ban nhân dân tỉnh Đồng Nai" names what
  # they give opinions on (Đồng Nai's proposal and its opinion), not a support (alternative: a garbled "gửi" and Đồng
  # Nai's opinion as a second duty). "trước ngày 10 tháng 5 năm 2026" → date.
  T("1", A(L("Giao các Bộ: Công an, Tài chính")),
    ["Bộ Công an", "Bộ Tài chính", "Bộ Xây dựng", "Bộ Tư pháp", "Bộ Nông nghiệp và Môi trường"], [],
    D("date", "trước ngày 10 tháng 5 năm 2026", "2026-05-10"), "ThamMuu"),
]
write(SRC, doc, tasks)
