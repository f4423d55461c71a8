using System.CommandLine;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack search` — placeholder until its issue lands.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var command = new Command("search", "(chưa có)");
        command.SetAction(_ => { Console.Error.WriteLine("Lệnh này chưa được triển khai."); return 2; });
        return command;
    }
}
