using System.CommandLine;
using System.Text;
using DirectiveTracker.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("dtrack — DirectiveTracker: theo dõi nhiệm vụ trong chỉ thị, kế hoạch")
{
    IngestCommand.Create(),
    ExtractCommand.Create(),
    ScoreCommand.Create(),
    AddCommand.Create(),
    SearchCommand.Create(),
    ReindexCommand.Create(),
    TrainCommand.Create(),
    AlertsCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
