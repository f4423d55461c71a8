using DirectiveTracker.Bench;

// Each benchmark is an IBench in its own file, found here by name: `dotnet run -c Release --project bench/Bench -- NAME [args]`.
var benches = typeof(IBench).Assembly.GetTypes()
    .Where(t => typeof(IBench).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBench)Activator.CreateInstance(t)!)
    .ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);
if (args.Length == 0 || !benches.TryGetValue(args[0], out var bench))
{
    Console.Error.WriteLine($"usage: Bench <{string.Join("|", benches.Keys.Order())}> [args]");
    return 2;
}
return await bench.RunAsync(args[1..]);
