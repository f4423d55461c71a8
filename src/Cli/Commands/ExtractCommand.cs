using System.CommandLine;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack extract` — placeholder until its issue lands.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var command = new Command("extract", "(chưa có)");
        command.SetAction(_ => { Console.Error.WriteLine("Lệnh này chưa được triển khai."); return 2; });
        return command;
    }
}
