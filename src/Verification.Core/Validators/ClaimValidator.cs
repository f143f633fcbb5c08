using Verification.Claims;
using Verification.Subjects;
using Verification.Verdicts;
namespace Verification.Validators;

/// <summary>A base for validators: say which subjects the validator checks and return its findings; the engine does the
/// rest.</summary>
/// <remarks>
/// <para>A validator derived from this class states its subjects once (<see cref="ClaimValidator(string, IEnumerable{string}?)"/>);
/// the engine then calls it only for claims that count one of them, as the run's subject vocabulary reads them ("civilian
/// deaths" is "civilians killed"), and never for the others. No subjects means every claim.</para>
/// <para><see cref="Validate"/> returns the findings as a list or with <c>yield return</c>; an empty result, or none,
/// says nothing. Override <see cref="ValidateAsync"/> instead for a validator that waits on something (a database, a
/// service): the engine still calls it only for claims it handles.</para>
/// <para>Like every validator, one instance is called concurrently for different claims: keep no mutable state.</para>
/// </remarks>
public abstract class ClaimValidator : ISelectiveValidator
{
    private readonly string[] _subjects;

    // The canonical keys of the subjects under the last vocabulary asked for, replaced as a whole (never changed in
    // place) when another vocabulary is used: validators run concurrently.
    private SubjectKeys? _keys;

    /// <summary>Creates a validator.</summary>
    /// <param name="name">The validator's name, shown in findings: short and stable ("CasualtyGrading").</param>
    /// <param name="subjects">The subjects it checks, as a reader writes them ("civilians killed", "people displaced");
    /// null or empty for every claim.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or a subject is empty.</exception>
    protected ClaimValidator(string name, IEnumerable<string>? subjects = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _subjects = subjects is null ? [] : [.. subjects];
        if (Array.FindIndex(_subjects, string.IsNullOrWhiteSpace) is var empty and >= 0)
        {
            throw new ArgumentException($"Subject {empty + 1} is empty.", nameof(subjects));
        }
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The subjects the validator checks, as given; empty for every claim.</summary>
    public IReadOnlyList<string> Subjects => _subjects;

    /// <summary>Whether the claim counts one of <see cref="Subjects"/> (under the run's vocabulary), or
    /// <see cref="Subjects"/> is empty.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="options">The run's options.</param>
    /// <returns>Whether the engine calls the validator for the claim.</returns>
    public virtual bool AppliesTo(Claim claim, VerificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(options);
        if (_subjects.Length == 0)
        {
            return true;
        }

        var vocabulary = options.Subjects;
        var keys = _keys;
        if (keys is null || !ReferenceEquals(keys.Vocabulary, vocabulary))
        {
            _keys = keys = new SubjectKeys(vocabulary, _subjects.Select(s => vocabulary.CanonicalKeyOf(new Subject(s))).ToHashSet(StringComparer.Ordinal));
        }

        return keys.Canonical.Contains(vocabulary.Read(claim).Canonical);
    }

    /// <summary>Checks one claim: the findings of <see cref="Validate"/>, or none for a claim the validator does not
    /// apply to (<see cref="AppliesTo"/>), however it is called.</summary>
    /// <param name="context">The claim, its report, comparable evidence and the run's options.</param>
    /// <param name="cancellationToken">Cancelled when the run is cancelled or the validator's time is up.</param>
    /// <returns>The findings of <see cref="Validate"/>.</returns>
    public virtual ValueTask<IReadOnlyList<Finding>> ValidateAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        if (!AppliesTo(context.Claim, context.Options))
        {
            return ValueTask.FromResult<IReadOnlyList<Finding>>([]);
        }

        IReadOnlyList<Finding> findings = Validate(context) switch
        {
            null => [],
            IReadOnlyList<Finding> list => list,
            var sequence => [.. sequence],
        };
        return ValueTask.FromResult(findings);
    }

    /// <summary>Checks one claim the validator handles: what it supports, contradicts or notes, or nothing.</summary>
    /// <param name="context">The claim, its report, comparable evidence and the run's options.</param>
    /// <returns>The findings, as a list or with <c>yield return</c>.</returns>
    protected abstract IEnumerable<Finding> Validate(ValidationContext context);

    /// <summary>A finding of this validator that supports the claim.</summary>
    /// <param name="code">What was found (see <see cref="Finding.Code"/>).</param>
    /// <param name="message">The reason, in a sentence a journalist can read.</param>
    protected Finding Supports(string code, string message) => new(Name, FindingOutcome.Supports, message) { Code = code };

    /// <summary>A finding of this validator that contradicts the claim (the claim is then contested).</summary>
    /// <param name="code">What was found (see <see cref="Finding.Code"/>).</param>
    /// <param name="message">The reason, in a sentence a journalist can read.</param>
    protected Finding Contradicts(string code, string message) => new(Name, FindingOutcome.Contradicts, message) { Code = code };

    /// <summary>A finding of this validator that informs and decides nothing.</summary>
    /// <param name="code">What was found (see <see cref="Finding.Code"/>).</param>
    /// <param name="message">The information, in a sentence a journalist can read.</param>
    protected Finding Note(string code, string message) => new(Name, FindingOutcome.Note, message) { Code = code };

    private sealed record SubjectKeys(SubjectVocabulary Vocabulary, HashSet<string> Canonical);
}
