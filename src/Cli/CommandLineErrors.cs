using System.Text.RegularExpressions;

namespace DirectiveTracker.Cli;

/// <summary>
/// System.CommandLine's own parse errors in Vietnamese, like the rest of dtrack (the package ships no Vietnamese
/// resources). One row per message template of System.CommandLine 3.0; an unknown one keeps its English after a
/// Vietnamese lead-in.
/// </summary>
internal static partial class CommandLineErrors
{
    private static readonly (Regex English, string Vietnamese)[] Templates =
    [
        (new(@"^Required argument '(.+)' missing for command: '(.+)'\.$"), "Thiếu tham số bắt buộc <{0}> của lệnh '{1}'."),
        (new(@"^Required argument missing for option: '(.+)'\.$"), "Tùy chọn '{0}' cần một giá trị."),
        (new(@"^Cannot parse argument '(.*)' for option '(.+)' as expected type '(.+)'\.$"), "Giá trị '{0}' của tùy chọn '{1}' không hợp lệ (cần {2})."),
        (new(@"^Cannot parse argument '(.*)' for command '(.+)' as expected type '(.+)'\.$"), "Giá trị '{0}' của lệnh '{1}' không hợp lệ (cần {2})."),
        (new(@"^Unrecognized command or argument '(.*)'\.$"), "Không hiểu lệnh hoặc tham số '{0}'."),
        (new(@"^'(.*)' was not matched\. Did you mean one of the following\?$"), "Không có lệnh '{0}'. Có phải bạn muốn dùng một trong các lệnh sau?"),
        (new(@"^Required command was not provided\.$"), "Chưa chọn lệnh nào."),
        (new(@"^Option '(.+)' is required\.$"), "Thiếu tùy chọn bắt buộc '{0}'."),
        (new(@"^Option '(.+)' expects a single argument but (\d+) were provided\.$"), "Tùy chọn '{0}' chỉ nhận một giá trị nhưng có {1}."),
        (new(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline), "Giá trị '{0}' không hợp lệ. Chỉ được dùng:{1}"),
    ];

    /// <summary>Type names as users understand them.</summary>
    private static readonly Dictionary<string, string> TypeNames = new(StringComparer.Ordinal)
    {
        ["System.Int32"] = "một số nguyên",
        ["System.Int64"] = "một số nguyên",
        ["System.Double"] = "một số",
        ["System.Boolean"] = "true hoặc false",
        ["System.Double[]"] = "các số",
    };

    public static string Translate(string message)
    {
        foreach (var (english, vietnamese) in Templates)
        {
            var m = english.Match(message);
            if (!m.Success) continue;
            var values = m.Groups.Cast<Group>().Skip(1)
                .Select(g => DisplayText.Escape(TypeNames.GetValueOrDefault(g.Value, g.Value))).ToArray<object>();
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, vietnamese, values);
        }
        return "Lỗi cú pháp lệnh: " + DisplayText.Escape(message);
    }
}
