using System.CommandLine;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack ingest` — placeholder until its issue lands.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var command = new Command("ingest", "(chưa có)");
        command.SetAction(_ => { Console.Error.WriteLine("Lệnh này chưa được triển khai."); return 2; });
        return command;
    }
}
