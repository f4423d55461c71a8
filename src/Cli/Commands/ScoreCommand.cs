using System.CommandLine;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack score` — placeholder until its issue lands.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var command = new Command("score", "(chưa có)");
        command.SetAction(_ => { Console.Error.WriteLine("Lệnh này chưa được triển khai."); return 2; });
        return command;
    }
}
