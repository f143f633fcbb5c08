namespace Verification.Cli.Progress;

/// <summary>Progress as plain lines on stderr, for a log file or a pipe: the first once the run has gone on for the
/// delay, then one per interval, and a last one at the end of a run that went on past the delay.</summary>
internal sealed class ProgressLines : RunProgress
{
    private readonly string _what;
    private readonly string _unit;
    private readonly TextWriter _stderr;
    private readonly ProgressSettings _settings;
    private readonly long _start;
    private readonly ITimer _timer;
    private readonly Lock _writing = new();
    private bool _wrote;
    private bool _ended;

    public ProgressLines(string what, string unit, TextWriter stderr, ProgressSettings settings)
    {
        _what = what;
        _unit = unit;
        _stderr = stderr;
        _settings = settings;
        _start = settings.Time.GetTimestamp();
        _timer = settings.Time.CreateTimer(_ => Write(), null, settings.Delay, settings.Interval);
    }

    public override async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        lock (_writing)
        {
            // A run that went on past the delay ends with its line, even when the timer had no turn to write one.
            if (!_ended && (_wrote || _settings.Time.GetElapsedTime(_start) >= _settings.Delay))
            {
                _stderr.WriteLine($"verify: {_what}: done, {Describe()}.");
                _stderr.Flush();
            }

            _ended = true;
        }
    }

    private void Write()
    {
        lock (_writing)
        {
            if (_ended)
            {
                return;
            }

            _stderr.WriteLine($"verify: {_what}: {Describe()}");
            _stderr.Flush();
            _wrote = true;
        }
    }

    private string Describe() => ProgressText.Describe(Done, Fraction, _settings.Time.GetElapsedTime(_start), _unit);
}
