using Microsoft.Extensions.Logging;

namespace Verification.Cli.Logging;

/// <summary>Writes log records to the tool's stderr, one line each ("verify: warning: …"), in the order written.</summary>
/// <remarks>The tool's stderr is a <see cref="TextWriter"/> shared with its problem lines (and escaped for the
/// terminal), which the console logger cannot write to; records are few (failures, timeouts, a run's summary), so each
/// is written at once, under a lock, rather than queued.</remarks>
internal sealed class StderrLoggerProvider(TextWriter stderr) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new StderrLogger(stderr);

    public void Dispose()
    {
    }

    private sealed class StderrLogger(TextWriter stderr) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            var message = Cli.OneLine(formatter(state, exception));
            if (exception is not null)
            {
                message += $" ({exception.GetType().Name}: {Cli.OneLine(exception.Message)})";
            }

            lock (stderr)
            {
                stderr.WriteLine($"verify: {Name(logLevel)}: {message}");
            }
        }

        private static string Name(LogLevel level) => level switch
        {
            LogLevel.Critical => "critical",
            LogLevel.Error => "error",
            LogLevel.Warning => "warning",
            LogLevel.Information => "info",
            LogLevel.Debug => "debug",
            _ => "trace",
        };
    }
}
