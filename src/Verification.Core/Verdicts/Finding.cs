namespace Verification.Verdicts;

/// <summary>One thing a validator found about a claim, with the evidence and a sentence a journalist can read.</summary>
/// <param name="Validator">The name of the validator that found it.</param>
/// <param name="Outcome">What it says about the claim.</param>
/// <param name="Message">The reason, in a sentence a journalist can read.</param>
/// <remarks>A finding may be created with a function that composes its message (see
/// <see cref="Finding(string, FindingOutcome, Func{string})"/>): the message is then written when first read, which
/// spares a bulk run the cost of sentences nobody reads. Either way <see cref="Message"/> reads the same.
/// <para>Tools and tests read what was found from <see cref="Code"/>, <see cref="Severity"/> and <see cref="State"/>,
/// never from the message, whose wording may change in any version (see <see cref="FindingCodes"/>).</para></remarks>
public sealed record Finding(string Validator, FindingOutcome Outcome, string Message)
{
    // Fields are few because a bulk run keeps every finding until it ends. The message once written; until then, what
    // writes it: a Func<string> given to the public constructor, or a FindingMessage.
    private object? _message = Message;

    // Echoes, NotComparable and DiscountedOrigins, which few findings have: kept apart, and replaced (never changed)
    // when one is set, since a copy made with `with` shares them.
    private RareLists? _rare;

    // Unset (0) means "follows from the outcome"; otherwise the severity set, plus one.
    private byte _severity;

    /// <summary>Creates a finding whose message is composed when first read.</summary>
    /// <param name="validator">The name of the validator that found it.</param>
    /// <param name="outcome">What it says about the claim.</param>
    /// <param name="composeMessage">Writes the reason. Called when the message is first read (by two threads that read
    /// it at the same moment, possibly twice), from any thread and possibly long after the validator returned: it must
    /// only read values that do not change. Should it throw, the message says so instead.</param>
    public Finding(string validator, FindingOutcome outcome, Func<string> composeMessage)
        : this(validator, outcome, (string)null!)
    {
        ArgumentNullException.ThrowIfNull(composeMessage);
        _message = composeMessage;
    }

    /// <summary>Creates a finding whose message is composed when first read, by an object that holds what the message
    /// needs (one object where a function would be two: itself and what it captured).</summary>
    public Finding(string validator, FindingOutcome outcome, FindingMessage message)
        : this(validator, outcome, (string)null!)
    {
        _message = message;
    }

    /// <summary>The reason, in a sentence a journalist can read.</summary>
    public string Message
    {
        get => _message as string ?? Compose();
        init => _message = value;
    }

    // Two threads reading the message first may both compose it; they write the same text, so either result is kept.
    // A composer runs after its validator returned, outside the engine's fault isolation: one that throws must not take
    // down whatever is printing the results, so its failure becomes the message.
    private string Compose()
    {
        var composer = _message;
        if (composer is string written)
        {
            return written;
        }

        string text;
        try
        {
            text = (composer is FindingMessage message ? message.Compose() : ((Func<string>)composer!)()) ?? string.Empty;
        }
        catch (Exception e)
        {
            text = $"(The validator's message could not be written: {e.GetType().Name}: {e.Message})";
        }

        _message = text;
        return text;
    }

    /// <summary>What was found, as a stable code that tools and tests switch on (<see cref="FindingCodes"/> lists the
    /// engine's and the built-in validators' codes); null when the validator gives none.</summary>
    /// <remarks>Codes are lower-case words joined by hyphens. A plugin's codes should start with its own name
    /// (<c>casualty-grade</c>), so that they never collide with another's.</remarks>
    public string? Code { get; init; }

    /// <summary>How much the finding asks of the reader; unless set, it follows from <see cref="Outcome"/> (see
    /// <see cref="FindingSeverity"/>).</summary>
    public FindingSeverity Severity
    {
        get => _severity == 0 ? SeverityOf(Outcome) : (FindingSeverity)(_severity - 1);
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not a severity.");
            }

            _severity = (byte)(value + 1);
        }
    }

    /// <summary>What the finding rests on, as a typed object that tools and tests read without parsing the message (a
    /// <see cref="FigureComparisonState"/>, a <see cref="PartWholeState"/>, a plugin's own record); null when the
    /// validator gives none.</summary>
    /// <remarks>Read it by pattern: <c>finding.State is FigureComparisonState { Agrees: true } compared</c>. The JSON
    /// result writes it with its properties in camel case. Like the message composer, it must not change once the finding
    /// is made: a record of values is the usual choice.</remarks>
    public object? State { get; init; }

    /// <summary>The ids of the evidence claims the finding rests on.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>For a <see cref="FindingOutcome.Supports"/> finding, the independent origins that agree (normalised source names).</summary>
    /// <remarks>The verdict counts distinct origins across all supporting findings. A supporting finding that lists none
    /// counts as one origin of its own.</remarks>
    public IReadOnlyList<string> Origins { get; init; } = [];

    /// <summary>Evidence that repeats the claim's own origin: listed for the reader, never counted as corroboration.</summary>
    public IReadOnlyList<string> Echoes
    {
        get => _rare?.Echoes ?? [];
        init => _rare = (_rare ?? RareLists.None) with { Echoes = value };
    }

    /// <summary>Evidence about the same subject and place that is not comparable in time; never a contradiction.</summary>
    public IReadOnlyList<string> NotComparable
    {
        get => _rare?.NotComparable ?? [];
        init => _rare = (_rare ?? RareLists.None) with { NotComparable = value };
    }

    /// <summary>Origins (normalised source names) that must not count towards corroboration, whatever other findings say.</summary>
    /// <remarks>A validator that judges some sources too unreliable to corroborate lists them here, on a finding of any
    /// outcome, and says why in <see cref="Message"/>. The verdict removes these origins from the supporting origins
    /// before counting them; the evidence stays listed, and a contradiction from such a source still contests.</remarks>
    public IReadOnlyList<string> DiscountedOrigins
    {
        get => _rare?.DiscountedOrigins ?? [];
        init => _rare = (_rare ?? RareLists.None) with { DiscountedOrigins = value };
    }

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null && Validator == other.Validator && Outcome == other.Outcome && Message == other.Message
        && Code == other.Code && Severity == other.Severity && Equals(State, other.State)
        && Evidence.SequenceEqual(other.Evidence) && Origins.SequenceEqual(other.Origins)
        && Echoes.SequenceEqual(other.Echoes) && NotComparable.SequenceEqual(other.NotComparable)
        && DiscountedOrigins.SequenceEqual(other.DiscountedOrigins);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Validator, Outcome, Message, Evidence.Count);

    private static FindingSeverity SeverityOf(FindingOutcome outcome) => outcome switch
    {
        FindingOutcome.Contradicts => FindingSeverity.Warning,
        FindingOutcome.Error => FindingSeverity.Error,
        _ => FindingSeverity.Information,
    };

    /// <summary>"[FigureAgreement] supports: …".</summary>
    public override string ToString() => $"[{Validator}] {Outcome.ToString().ToLowerInvariant()}: {Message}";

    private sealed record RareLists(IReadOnlyList<string> Echoes, IReadOnlyList<string> NotComparable, IReadOnlyList<string> DiscountedOrigins)
    {
        public static RareLists None { get; } = new([], [], []);
    }
}
