using Microsoft.Extensions.Logging;

namespace DirectiveTracker.Cli;

/// <summary>
/// The command line's log: which binary each external tool runs (issue 8: a planted `pdftotext` must be visible),
/// said once per tool at its first use, as one English line on standard error. Other log messages are not shown:
/// users get the Vietnamese messages of the commands.
/// </summary>
internal sealed class ToolUseLog : ILoggerProvider, ILogger
{
    /// <summary>The category tools log under (<see cref="DirectiveTracker.Ingest.Tools.ExternalTool"/>).</summary>
    private static readonly string ToolCategory = typeof(DirectiveTracker.Ingest.Tools.ExternalTool).FullName!;

    private readonly TextWriter _error;

    private ToolUseLog(TextWriter error) => _error = error;

    /// <summary>A logger factory writing tools' lines to <paramref name="error"/> (standard error by default).</summary>
    public static ILoggerFactory Create(TextWriter? error = null) =>
        LoggerFactory.Create(b => b.ClearProviders()
            .AddFilter((category, level) => string.Equals(category, ToolCategory, StringComparison.Ordinal) && level >= LogLevel.Information)
            .AddProvider(new ToolUseLog(error ?? Console.Error)));

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        // A configured path may hold anything: escaped like every name dtrack prints.
        var line = $"dtrack: {(logLevel >= LogLevel.Warning ? "warning: " : "")}{DisplayText.Escape(formatter(state, exception))}";
        lock (_error) _error.WriteLine(line);
    }

    public void Dispose() { }
}
