using System.CommandLine;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack reindex` — placeholder until its issue lands.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "(chưa có)");
        command.SetAction(_ => { Console.Error.WriteLine("Lệnh này chưa được triển khai."); return 2; });
        return command;
    }
}
