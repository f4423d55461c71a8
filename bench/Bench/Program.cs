// Benchmarks for DirectiveTracker; one sub-command per stage, each in its own file.
// Usage: dotnet run -c Release --project bench/Bench -- <layout|extract|...> [options]
return args.FirstOrDefault() switch
{
    "layout" => await DirectiveTracker.Bench.LayoutBench.RunAsync(args[1..]),
    "extract" => await DirectiveTracker.Bench.ExtractBench.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Bench <layout|extract> [options]");
    return 2;
}
