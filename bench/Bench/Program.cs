// Benchmarks for DirectiveTracker; one sub-command per stage, each in its own file.
// Usage: dotnet run -c Release --project bench/Bench -- <search|...> [options]
return args.FirstOrDefault() switch
{
    "search" => DirectiveTracker.Bench.SearchBench.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Bench <search> [options]");
    return 2;
}
