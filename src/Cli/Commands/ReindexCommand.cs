using System.CommandLine;
using System.Diagnostics;
using DirectiveTracker.Index;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack reindex [--check]` — rebuilds the search index from the stored documents and tasks, or only repairs what drifted.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var data = AddCommand.DataOption();
        var check = new Option<bool>("--check") { Description = "Chỉ so chỉ mục với dữ liệu đã lưu và lập lại những văn bản bị lệch" };
        var command = new Command("reindex", "Lập lại chỉ mục tìm kiếm từ dữ liệu đã lưu") { data, check };
        command.SetAction(result => result.GetValue(check) ? Check(result.GetValue(data)) : Run(result.GetValue(data)));
        return command;
    }

    internal static int Run(string? dataFolder)
    {
        var path = TrackerDataFolder.DatabasePath(dataFolder);
        if (!File.Exists(path)) { Console.Error.WriteLine($"Chưa có kho dữ liệu tại {DisplayText.Escape(path)}."); return 1; }
        return StoreAccess.Guard(path, () =>
        {
            using var store = StoreAccess.OpenForWriting(path);
            var watch = Stopwatch.StartNew();
            int entries = store.Reindex(new ReindexProgressLines("Đang lập lại chỉ mục"));
            var (docs, tasks) = store.Count();
            Console.Out.WriteLine($"Đã lập lại chỉ mục: {docs} văn bản, {tasks} nhiệm vụ ({entries} mục) trong {watch.Elapsed.TotalSeconds:F1} giây.");
            return 0;
        });
    }

    internal static int Check(string? dataFolder)
    {
        var path = TrackerDataFolder.DatabasePath(dataFolder);
        if (!File.Exists(path)) { Console.Error.WriteLine($"Chưa có kho dữ liệu tại {DisplayText.Escape(path)}."); return 1; }
        return StoreAccess.Guard(path, () =>
        {
            using var store = StoreAccess.OpenForWriting(path);
            int drifted = store.CheckIndex();
            Console.Out.WriteLine(drifted == 0 ? "Chỉ mục khớp với dữ liệu đã lưu." : $"Đã lập lại chỉ mục cho {drifted} văn bản bị lệch.");
            return 0;
        });
    }
}
