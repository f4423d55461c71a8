using System.CommandLine;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack add` — placeholder until its issue lands.</summary>
internal static class AddCommand
{
    public static Command Create()
    {
        var command = new Command("add", "(chưa có)");
        command.SetAction(_ => { Console.Error.WriteLine("Lệnh này chưa được triển khai."); return 2; });
        return command;
    }
}
