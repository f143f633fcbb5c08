using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Verification.Cli.Logging;

/// <summary>What the engine logs during one invocation of <c>verify</c>, and where: the level <c>--verbosity</c> chose,
/// written to the invocation's stderr.</summary>
/// <remarks>Set once per invocation by <see cref="Cli.InvokeAsync"/> and read by the commands that build a verifier, so
/// that every command logs alike without each passing the level along. Flows with the invocation's async context: two
/// invocations in one process (as tests run them) do not see each other's.</remarks>
internal sealed class CliLogging(TextWriter stderr, LogLevel level)
{
    private static readonly AsyncLocal<CliLogging?> Invocation = new();

    /// <summary>The current invocation's logging; none (nothing logged) outside an invocation.</summary>
    public static CliLogging Current => Invocation.Value ?? new CliLogging(TextWriter.Null, LogLevel.None);

    /// <summary>The lowest level written.</summary>
    public LogLevel Level => level;

    /// <summary>Makes this the current invocation's logging.</summary>
    public void Use() => Invocation.Value = this;

    /// <summary>Adds logging at the chosen level to stderr to a service collection; adds nothing when nothing is logged.</summary>
    /// <param name="services">The collection a verifier is built from.</param>
    public IServiceCollection AddTo(IServiceCollection services)
    {
        if (level != LogLevel.None)
        {
            services.AddLogging(b => b.ClearProviders().SetMinimumLevel(level).AddProvider(new StderrLoggerProvider(stderr)));
        }

        return services;
    }

    /// <summary>The level of a <c>--verbosity</c> value, as the dotnet tool reads it: <c>quiet</c> logs nothing,
    /// <c>minimal</c> (the default) errors, <c>normal</c> warnings too, <c>detailed</c> information, <c>diagnostic</c>
    /// everything.</summary>
    /// <param name="verbosity">The value.</param>
    public static LogLevel LevelOf(Verbosity verbosity) => verbosity switch
    {
        Verbosity.Quiet => LogLevel.None,
        Verbosity.Minimal => LogLevel.Error,
        Verbosity.Normal => LogLevel.Warning,
        Verbosity.Detailed => LogLevel.Information,
        _ => LogLevel.Trace,
    };
}
