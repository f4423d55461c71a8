using System.CommandLine;
using System.Diagnostics;
using DirectiveTracker.Index;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack reindex` — rebuilds the search index from the stored documents and tasks.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var data = AddCommand.DataOption();
        var command = new Command("reindex", "Lập lại chỉ mục tìm kiếm từ dữ liệu đã lưu") { data };
        command.SetAction(result => Run(result.GetValue(data)));
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
}
