using Microsoft.Extensions.Logging;

namespace DirectiveTracker.Cli;

/// <summary>
/// The command line's log, as English lines on standard error (standard output stays for results): which binary each
/// external tool runs (issue 8: a planted `pdftotext` must be visible), said once per tool at its first use, and the
/// warnings of the stages that have no Vietnamese message of their own (a retrained model that cannot be used).
/// Ingest's other log lines are not shown: users get the commands' Vietnamese messages for them.
/// </summary>
internal sealed class CommandLineLog : ILoggerProvider, ILogger
{
    /// <summary>The category tools log under (<see cref="DirectiveTracker.Ingest.Tools.ExternalTool"/>).</summary>
    private static readonly string ToolCategory = typeof(DirectiveTracker.Ingest.Tools.ExternalTool).FullName!;

    /// <summary>Warnings and errors of any stage, on standard error.</summary>
    public static ILoggerFactory Warnings { get; } = LoggerFactory.Create(b => b.ClearProviders()
        .AddFilter((_, level) => level >= LogLevel.Warning).AddProvider(new CommandLineLog(Console.Error)));

    /// <summary>The external tools' lines on standard error.</summary>
    public static ILoggerFactory Tools { get; } = Create();

    private readonly TextWriter _error;

    private CommandLineLog(TextWriter error) => _error = error;

    /// <summary>A logger factory writing the external tools' lines to <paramref name="error"/> (standard error by default).</summary>
    public static ILoggerFactory Create(TextWriter? error = null) =>
        LoggerFactory.Create(b => b.ClearProviders()
            .AddFilter((category, level) => string.Equals(category, ToolCategory, StringComparison.Ordinal) && level >= LogLevel.Information)
            .AddProvider(new CommandLineLog(error ?? Console.Error)));

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        // A configured path or a file's name may hold anything: escaped like every name dtrack prints.
        var level = logLevel switch { >= LogLevel.Error => "error: ", LogLevel.Warning => "warning: ", _ => "" };
        var line = $"dtrack: {level}{DisplayText.Escape(formatter(state, exception))}";
        lock (_error) _error.WriteLine(line);
    }

    public void Dispose() { }
}
