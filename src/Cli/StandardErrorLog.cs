using Microsoft.Extensions.Logging;

namespace DirectiveTracker.Cli;

/// <summary>The command line's log: warnings and errors as English lines on standard error (standard output stays for results).</summary>
internal sealed class StandardErrorLog<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        Console.Error.WriteLine($"{(logLevel == LogLevel.Warning ? "warning" : "error")}: {DisplayText.Escape(formatter(state, exception))}");
    }
}
