// Benchmarks for DirectiveTracker; one sub-command per stage, each in its own file.
// Usage: dotnet run -c Release --project bench/Bench -- <ingest|layout|extract|search|alerts|hostile|web|progress|statuses> [options]
return args.FirstOrDefault() switch
{
    "ingest" => await DirectiveTracker.Bench.IngestBench.RunAsync(args[1..]),
    "layout" => await DirectiveTracker.Bench.LayoutBench.RunAsync(args[1..]),
    "extract" => await DirectiveTracker.Bench.ExtractBench.RunAsync(args[1..]),
    "search" => DirectiveTracker.Bench.SearchBench.Run(args[1..]),
    "alerts" => await DirectiveTracker.Bench.AlertBench.RunAsync(args[1..]),
    "hostile" => await DirectiveTracker.Bench.HostileBench.RunAsync(args[1..]),
    "web" => await DirectiveTracker.Bench.WebLoadBench.RunAsync(args[1..]),
    "progress" => await DirectiveTracker.Bench.ProgressBench.RunAsync(args[1..]),
    "statuses" => DirectiveTracker.Bench.StatusBench.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Bench <ingest|layout|extract|search|alerts|hostile|web|progress|statuses> [options]");
    return 2;
}
