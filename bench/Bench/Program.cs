// Benchmarks for DirectiveTracker; one sub-command per stage, each in its own file.
// Usage: dotnet run -c Release --project bench/Bench -- <ingest|...> [options]
return args.FirstOrDefault() switch
{
    "ingest" => await DirectiveTracker.Bench.IngestBench.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Bench <ingest> [options]");
    return 2;
}
