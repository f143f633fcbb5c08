using Verification.Figures;
using Verification.Measures;
using Verification.Places;
using Verification.Sources;
using Verification.Subjects;
namespace Verification.Validators;

/// <summary>How claims are compared and how the verification run behaves.</summary>
/// <remarks>
/// Configure through the options pattern (<c>services.AddVerification(v =&gt; v.Configure(o =&gt; …))</c>) or pass an
/// instance directly. Options are read when a run starts; do not change them while one is in progress. They are
/// checked at start-up, and invalid values are reported all at once.
/// </remarks>
public sealed class VerificationOptions
{
    /// <summary>How figure text is read: hedge tolerance, rounding, the culture of digits and the vague-quantity table.</summary>
    /// <remarks>Each instance starts with a <see cref="FigureOptions"/> of its own, equal to
    /// <see cref="FigureOptions.Default"/> but never that shared instance: a configuration binder sets the properties of
    /// the object it finds here, and binding into the shared default would change how every later figure in the process
    /// is read.</remarks>
    public FigureOptions Figures { get; set; } = new();

    /// <summary>The longest claims or evidence input read, in bytes; a longer one is refused as bad input
    /// (<c>file-too-large</c>) as soon as the limit is passed. Default: <see cref="DefaultMaxInputBytes"/>.</summary>
    /// <remarks>A file read whole is held as claims in memory at several times its size; the limit keeps one huge or
    /// endless input (a device, a wrong path) from exhausting memory. Reading claims one at a time holds little, but the
    /// limit applies there too.</remarks>
    public long MaxInputBytes { get; set; } = DefaultMaxInputBytes;

    /// <summary>The default of <see cref="MaxInputBytes"/>: 512 MB.</summary>
    public const long DefaultMaxInputBytes = 512L * 1024 * 1024;

    /// <summary>Aliases for place names.</summary>
    public PlaceNameTable PlaceNames { get; set; } = PlaceNameTable.Default;

    /// <summary>Known places, so that a bare name read from input ("Mosul") is completed to its path
    /// ("Mosul, Nineveh, Iraq") and compares with places stated at other levels. Set <see cref="Gazetteer.Empty"/> to
    /// take places exactly as written.</summary>
    public Gazetteer Gazetteer { get; set; } = Gazetteer.Default;

    /// <summary>The words an unnamed source's name is made of ("officials", "local sources", "witnesses"): such a source
    /// is not an identity, so two claims from it are never echoes of each other by name alone (see
    /// <see cref="OriginGraph"/>). Set <see cref="GenericSourceWords.Empty"/> to take every source name as an identity.</summary>
    public GenericSourceWords GenericSourceWords { get; set; } = GenericSourceWords.Default;

    /// <summary>The vocabulary subjects are read with: what is counted (population × event × qualifiers), and which
    /// subjects are parts of others.</summary>
    public SubjectVocabulary Subjects { get; set; } = SubjectVocabulary.Default;

    /// <summary>The most days apart two figures' "as of" dates (and, for incidents and running totals, their starts) may
    /// be and still count as the same time. Default 7. See <see cref="Measure"/>.</summary>
    public int SameTimeWindowDays { get; set; } = 7;

    /// <summary>The most days apart two single-day incidents may be dated and still be the same incident (another outlet
    /// dating a strike a day later). Default 2. See <see cref="Measure.Incident"/>.</summary>
    public int ReportingLagDays { get; set; } = 2;

    /// <summary>How many distinct independent origins must agree for a claim to be corroborated. Default 1.</summary>
    public int MinIndependentOrigins { get; set; } = 1;

    /// <summary>How long one validator may take on one claim before it is abandoned with an error finding. Default 5 seconds.</summary>
    /// <remarks>An abandoned validator that ignores its cancellation token keeps running on its thread (.NET cannot stop
    /// a thread); see <see cref="ValidatorCutOffMinimumCalls"/> for how a run keeps such a validator from holding it up.</remarks>
    public TimeSpan ValidatorTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>When a plugin validator that keeps timing out is cut off: once this many of its calls in a run have
    /// finished and at least half of them timed out, it is not called again in that run, and each later claim gets an
    /// error finding naming it. Default 4; 0 never cuts a validator off; otherwise at least 2.</summary>
    /// <remarks>Each timed-out call may leave a thread behind that spins for as long as the validator does; cutting the
    /// validator off bounds how many such threads, and how much time, one bad validator can cost a run.</remarks>
    public int ValidatorCutOffMinimumCalls { get; set; } = 4;

    /// <summary>How many claims are verified at once. Default: the number of processors.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;
}
