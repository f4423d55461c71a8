using System.CommandLine;
using System.Runtime.InteropServices;
using System.Text;
using DirectiveTracker.Cli;
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
    CheckCommand.Create(),
    TrainCommand.Create(),
    UserCommand.Create(),
    ProgressCommand.Create(),
    AlertsCommand.Create(),
};
CommandHelp.Install(root);
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // System.CommandLine would print its errors in English with the whole help: ours, in Vietnamese, and a pointer.
    foreach (var error in parsed.Errors) Console.Error.WriteLine(CommandLineErrors.Translate(error.Message));
    Console.Error.WriteLine("Xem `dtrack --help` (hoặc `dtrack LỆNH --help`) để biết các lệnh và tùy chọn.");
    return 1;
}

// Ctrl+C, SIGTERM and SIGHUP cancel the command's token: a folder walk or a batch stops at the next file and says
// so; external tools are killed with it. A second signal ends the process at once.
using var stop = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    if (stop.IsCancellationRequested) return; // let the second one terminate
    context.Cancel = true;
    Console.Error.WriteLine("Đang dừng theo yêu cầu…");
    stop.Cancel();
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal);
try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, stop.Token);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("Đã dừng theo yêu cầu (Ctrl+C hoặc tín hiệu dừng); những gì đã lưu vẫn nguyên vẹn.");
    return 130;
}
