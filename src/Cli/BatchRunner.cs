using Spectre.Console;

namespace DirectiveTracker.Cli;

/// <summary>The outcome of one file in a batch: its result, or the Vietnamese message of why it failed.</summary>
internal sealed record FileOutcome<T>(string Path, T? Result, string? Error)
{
    public bool Failed => Error is not null;
}

/// <summary>Runs one piece of work per file, goes on past failures, and shows a progress bar on the terminal.</summary>
internal static class BatchRunner
{
    /// <summary>
    /// Processes <paramref name="files"/> in order. <paramref name="describeError"/> turns an exception into the
    /// user's message (Vietnamese); the English detail goes to standard error as a log line.
    /// The bar is drawn on standard error so that standard output stays clean for --json.
    /// </summary>
    public static async Task<IReadOnlyList<FileOutcome<T>>> RunAsync<T>(
        IReadOnlyList<string> files,
        string description,
        Func<string, CancellationToken, Task<T>> work,
        Func<Exception, string> describeError,
        bool showProgress,
        CancellationToken ct)
    {
        var outcomes = new List<FileOutcome<T>>(files.Count);
        async Task Each(Action<string> advance)
        {
            foreach (var file in files)
            {
                ct.ThrowIfCancellationRequested();
                try { outcomes.Add(new(file, await work(file, ct), null)); }
                // A store that cannot be written stops the batch: every further file would fail the same way.
                catch (Exception e) when (e is not OperationCanceledException and not Index.Storage.StoreException)
                {
                    Console.Error.WriteLine($"error: {DisplayText.Escape(file)}: {e.GetType().Name}: {DisplayText.Escape(e.Message)}");
                    outcomes.Add(new(file, default, describeError(e)));
                }
                advance(file);
            }
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (showProgress && files.Count > 1 && !Console.IsErrorRedirected)
        {
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                         new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask(description, maxValue: files.Count);
                    await Each(_ => task.Increment(1));
                });
        }
        else if (showProgress && files.Count > 1)
        {
            // Not a terminal: one plain line per file, so logs still show progress.
            int done = 0;
            await Each(f => Console.Error.WriteLine($"[{++done}/{files.Count}] {DisplayText.Escape(f)}"));
        }
        else await Each(_ => { });
        return outcomes;
    }
}
