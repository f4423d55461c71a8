using System.CommandLine;
using DirectiveTracker.Index;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack check` — verifies the store (the file's integrity, the index against the data) and says how to repair it.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var data = AddCommand.DataOption();
        var command = new Command("check", "Kiểm tra kho dữ liệu: tính toàn vẹn của tệp, chỉ mục so với dữ liệu; chỉ cách sửa") { data };
        command.SetAction(result => Run(result.GetValue(data), Console.Out));
        return command;
    }

    internal static int Run(string? dataFolder, TextWriter output)
    {
        var path = TrackerDataFolder.DatabasePath(dataFolder);
        return StoreAccess.Guard(path, () =>
        {
            using var store = StoreAccess.OpenForReading(path);
            var report = store.Check();
            output.WriteLine($"Kiểm tra kho {DisplayText.Escape(path)}:");
            foreach (var f in report.Findings)
            {
                output.WriteLine($"  [{(f.Ok ? "đạt" : "LỖI")}] {f.Name}: {DisplayText.Escape(f.Detail)}");
                if (f.Repair is not null) output.WriteLine($"        Cách sửa: {f.Repair}");
            }
            output.WriteLine(report.Ok ? "Kho dữ liệu không có lỗi." : "Kho dữ liệu có lỗi: xem cách sửa ở trên.");
            return report.Ok ? 0 : 2;
        });
    }
}
