using Spectre.Console;
using Spectre.Console.Rendering;

namespace Verification.Cli.Progress;

/// <summary>Progress as a bar on the terminal (Spectre.Console), redrawn in place on stderr: the part done, the rate
/// and the time left. Cleared at the end, so that the terminal keeps only the results and problems.</summary>
internal sealed class ProgressBar : RunProgress
{
    private const double Scale = 10_000;
    private readonly CancellationTokenSource _end = new();
    private readonly Task _drawing;

    public ProgressBar(string what, string unit, ProgressSettings settings)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var start = settings.Time.GetTimestamp();
        _drawing = DrawAsync(console, what, unit, settings, start, _end.Token);
    }

    public override async ValueTask DisposeAsync()
    {
        await _end.CancelAsync().ConfigureAwait(false);
        try
        {
            await _drawing.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ended before the delay: nothing was drawn.
        }

        _end.Dispose();
    }

    private async Task DrawAsync(IAnsiConsole console, string what, string unit, ProgressSettings settings, long start, CancellationToken end)
    {
        await Task.Delay(settings.Delay, settings.Time, end).ConfigureAwait(false);
        var progress = new Spectre.Console.Progress(console, settings.Time)
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(this, unit, settings.Time, start), new RemainingTimeColumn());
        await progress.StartAsync(async context =>
        {
            var task = context.AddTask(what, autoStart: true, maxValue: Scale);
            while (!end.IsCancellationRequested)
            {
                task.IsIndeterminate = Fraction is null;
                task.Value = (Fraction ?? 0) * Scale;
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), settings.Time, end).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            task.Value = Scale;
        }).ConfigureAwait(false);
    }

    /// <summary>The rows or claims per second so far.</summary>
    private sealed class RateColumn(RunProgress progress, string unit, TimeProvider time, long start) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(ProgressText.Rate(progress.Done, time.GetElapsedTime(start), unit));
    }
}
