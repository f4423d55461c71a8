using TaskStatus = DirectiveTracker.Index.TaskStatus;
using System.Globalization;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Storage;

namespace DirectiveTracker.Bench;

/// <summary>
/// `statuses [--tasks N] [--reps N]`: status-filtered task lists over a generated store of N tasks (default 100,000: the
/// alert bench's plans, due dates over three years, most old ones done): one list page per status, and what the
/// dashboard asks for (tasks by agency and status, three status totals, two status lists). Prints wall and CPU time
/// (median of the repetitions).
/// </summary>
internal static class StatusBench
{
    private static readonly DateOnly Today = new(2026, 3, 18);

    public static int Run(string[] args)
    {
        int tasks = Option(args, "--tasks", 100_000), reps = Option(args, "--reps", 5);
        var folder = Directory.CreateTempSubdirectory("dtrack-status-bench-").FullName;
        try
        {
            var db = Path.Combine(folder, "tracker.db");
            using (var build = SqliteTrackerStore.Open(db)) AlertBench.Generate(build, tasks);
            using var store = SqliteTrackerStore.Open(db);
            Console.WriteLine($"{tasks:N0} tasks; load average {File.ReadAllText("/proc/loadavg").Trim()} (wall grows with load; CPU is this process's)");
            Measure("unfiltered list page (50)", reps, () => store.ListTasks(new TaskQuery(Today) { Limit = 50 }).Total);
            foreach (var status in Enum.GetValues<TaskStatus>())
                Measure($"status {status} page (50)", reps, () => store.ListTasks(new TaskQuery(Today) { Status = status, Limit = 50 }).Total);
            Measure("dashboard (by agency, 3 totals, 2 lists)", reps, () => Dashboard(store));
            return 0;
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    /// <summary>What the web's dashboard reads (Pages/Dashboard.cshtml.cs).</summary>
    private static int Dashboard(ITrackerStore store)
    {
        int n = store.CountTasksByAgency(Today).Count;
        foreach (var s in new[] { TaskStatus.Overdue, TaskStatus.DueSoon, TaskStatus.InProgress })
            n += store.ListTasks(new TaskQuery(Today) { Status = s, Limit = 1 }).Total;
        n += store.ListTasks(new TaskQuery(Today) { Status = TaskStatus.Overdue, Limit = 20 }).Tasks.Count;
        n += store.ListTasks(new TaskQuery(Today) { Status = TaskStatus.DueSoon, Limit = 20 }).Tasks.Count;
        return n;
    }

    private static void Measure(string name, int reps, Func<int> run)
    {
        var walls = new List<double>();
        var cpus = new List<double>();
        int result = 0;
        for (int i = 0; i < reps; i++)
        {
            var (r, wall, cpu) = AlertBench.Timed(run);
            result = r;
            walls.Add(wall);
            cpus.Add(cpu);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-44} {Median(walls),8:F1} ms wall {Median(cpus),8:F1} ms CPU  (result {result:N0})"));
    }

    private static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
