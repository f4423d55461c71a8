using System.CommandLine;
using DirectiveTracker.Extract.Scoring;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack score GOLD_DIR PRED_DIR` — compares extraction output with gold files and prints the table.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "Thư mục tệp chuẩn (gold JSON)" };
        var predicted = new Argument<string>("predicted") { Description = "Thư mục kết quả trích xuất (NAME.json)" };
        var details = new Option<bool>("--details") { Description = "In từng khác biệt của mỗi văn bản" };
        var command = new Command("score", "Chấm điểm trích xuất so với tệp chuẩn") { gold, predicted, details };
        command.SetAction(result =>
        {
            var g = result.GetValue(gold)!;
            var p = result.GetValue(predicted)!;
            if (!Directory.Exists(g)) { Console.Error.WriteLine($"Không tìm thấy thư mục: {g}"); return 1; }
            if (!Directory.Exists(p)) { Console.Error.WriteLine($"Không tìm thấy thư mục: {p}"); return 1; }
            try { Console.Out.Write(ExtractionScorer.ScoreDirectories(g, p).ToTable(result.GetValue(details))); }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"Tệp JSON không đọc được, không chấm điểm: {e.Message}");
                return 1;
            }
            return 0;
        });
        return command;
    }
}
