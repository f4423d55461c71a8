using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Metadata;

/// <summary>Turns all-caps header and signature words into the usual Vietnamese case ("PHÓ CHỦ TỊCH" → "Phó Chủ tịch").</summary>
public static class AdministrativeCase
{
    // Heads whose usual spelling is not plain sentence case, by folded key.
    private static readonly (string Key, string Written)[] KnownPhrases =
    [
        ("uy ban nhan dan", "Ủy ban nhân dân"),
        ("hoi dong nhan dan", "Hội đồng nhân dân"),
        ("thu tuong chinh phu", "Thủ tướng Chính phủ"),
        ("pho thu tuong", "Phó Thủ tướng"),
        ("thu tuong", "Thủ tướng"),
        ("chinh phu", "Chính phủ"),
        ("quoc hoi", "Quốc hội"),
        ("trung uong", "Trung ương"),
        ("ban thuong vu", "Ban Thường vụ"),
        ("thuong truc", "Thường trực"),
        ("ban chap hanh", "Ban Chấp hành"),
        ("tinh uy", "Tỉnh ủy"),
        ("thanh uy", "Thành ủy"),
        ("huyen uy", "Huyện ủy"),
        ("dang uy", "Đảng ủy"),
        ("bo chinh tri", "Bộ Chính trị"),
        ("ban bi thu", "Ban Bí thư"),
        ("pho chu tich", "Phó Chủ tịch"),
        ("chu tich", "Chủ tịch"),
        ("pho bi thu", "Phó Bí thư"),
        ("bi thu", "Bí thư"),
        ("bo truong", "Bộ trưởng"),
        ("thu truong", "Thứ trưởng"),
        ("pho giam doc", "Phó Giám đốc"),
        ("giam doc", "Giám đốc"),
        ("pho truong ban", "Phó Trưởng ban"),
        ("truong ban", "Trưởng ban"),
        ("chanh van phong", "Chánh Văn phòng"),
        ("van phong", "Văn phòng"),
        ("ban chi dao", "Ban Chỉ đạo"),
        ("tinh", "tỉnh"),
        ("thanh pho", "thành phố"),
        ("huyen", "huyện"),
        ("quan", "quận"),
        ("thi xa", "thị xã"),
        ("xa", "xã"),
        ("phuong", "phường"),
    ];

    /// <summary>
    /// Recases an all-caps phrase: known heads and titles take their usual spelling, level words
    /// (tỉnh, huyện …) go lower case and what remains (place names) is title-cased. Mixed-case text is returned as is.
    /// </summary>
    public static string Recase(string text)
    {
        var trimmed = text.Trim();
        if (!BodyText.IsUpperLine(trimmed)) return trimmed;
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>(words.Length);
        int i = 0;
        bool placeStarted = false;
        while (i < words.Length)
        {
            bool matched = false;
            if (!placeStarted)
                foreach (var (key, written) in KnownPhrases)
                {
                    int n = key.Count(c => c == ' ') + 1;
                    if (i + n > words.Length) continue;
                    if (BodyText.Key(string.Join(' ', words, i, n)) != key) continue;
                    result.Add(written);
                    i += n;
                    matched = true;
                    if (written is "tỉnh" or "thành phố" or "huyện" or "quận" or "thị xã" or "xã" or "phường") placeStarted = true;
                    break;
                }
            if (matched) continue;
            // A ministry's name after its head word is a proper name ("BỘ Y TẾ" → "Bộ Y tế"): its first word takes a capital.
            bool ministryName = result.Count == 1 && result[0] == "Bộ";
            result.Add(result.Count == 0 || placeStarted || ministryName ? TitleWord(words[i]) : Lower(words[i]));
            i++;
        }
        var s = string.Join(' ', result);
        return s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    private static string TitleWord(string w)
    {
        var lower = w.ToLowerInvariant();
        int first = lower.IndexOf(lower.FirstOrDefault(char.IsLetter));
        return first < 0 ? lower : lower[..first] + char.ToUpperInvariant(lower[first]) + lower[(first + 1)..];
    }

    private static string Lower(string w) => w.ToLowerInvariant();
}
