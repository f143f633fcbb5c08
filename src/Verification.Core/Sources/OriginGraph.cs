using Verification.Claims;
using Verification.Places;
using Verification.Subjects;
namespace Verification.Sources;

/// <summary>Which sources each source's figures were taken from, per subject, so that echoes can be told from independent reports.</summary>
/// <remarks>
/// <para>A claim's origins are its <see cref="Claim.DerivedFrom"/> sources if any, else its <see cref="Claim.Source"/>,
/// followed transitively through what other claims on the same subject say their sources derived from: if an outlet
/// took its figure from a news agency, and the agency's figure on that subject came from UNHCR, the outlet's origin is
/// UNHCR. Derivations are kept per subject key, because an agency that relays UNHCR on displacement may report
/// casualties itself.</para>
/// <para>An unnamed source ("officials", "local sources", "witnesses": a name made only of
/// <see cref="GenericSourceWords"/>) is not an identity. Where a claim's source or derivation is unnamed, the claim has
/// an origin of its own in its place (written "officials [unnamed: c4 #1f0e9a2b]": the name, the claim's id and a
/// fingerprint of the claim; see <see cref="IsUnnamedOrigin"/>), so two claims from "officials" are two origins, never
/// echoes of each other by that name. Only equal claims share such an origin. For the same reason the graph follows no
/// derivation from or to an unnamed source: "officials" in one claim are not the officials of another, and an outlet
/// that says its figure came from unnamed officials remains the origin of its other figures on the subject.</para>
/// <para>Source names compare in the form <see cref="NormalizeSource(string, Place?)"/> gives them, each read with the
/// place of the claim that names it, so that a body named without its jurisdiction ("the Health Ministry") is the one of
/// the claim's place, and one origin under its several names is one. Cycles are tolerated. Not thread-safe
/// while being added to; safe for concurrent reads once built.</para>
/// </remarks>
public sealed class OriginGraph
{
    private readonly Dictionary<(string Subject, string Source), HashSet<string>> _derivedFrom = [];
    private readonly OriginGraph? _basis;

    /// <summary>Creates an empty graph that tells unnamed sources by <see cref="GenericSourceWords.Default"/>.</summary>
    public OriginGraph()
        : this(GenericSourceWords.Default)
    {
    }

    /// <summary>Creates an empty graph.</summary>
    /// <param name="genericWords">The words unnamed sources are told by (see <see cref="GenericSourceWords.IsUnnamed"/>).</param>
    public OriginGraph(GenericSourceWords genericWords)
    {
        ArgumentNullException.ThrowIfNull(genericWords);
        GenericWords = genericWords;
    }

    /// <summary>Creates a graph that also follows every derivation of <paramref name="basis"/>, without copying them:
    /// the same as a new graph given all of the basis's claims and then its own. The basis must not change while this
    /// graph is in use.</summary>
    /// <param name="basis">Derivations that are shared, such as those of a set of evidence that many runs use.</param>
    public OriginGraph(OriginGraph basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        _basis = basis;
        GenericWords = basis.GenericWords;
    }

    /// <summary>The words unnamed sources are told by.</summary>
    public GenericSourceWords GenericWords { get; }

    /// <summary>Records the derivations a claim states (nothing when it has none).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="subjectKey">The key its subject compares by (after synonyms).</param>
    /// <remarks>A derivation from or to an unnamed source is not recorded (see the class remarks).</remarks>
    public void Add(Claim claim, string subjectKey)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(subjectKey);
        Record(claim, subjectKey);
    }

    /// <summary>Records the derivations a claim states, as <see cref="Add"/> does.</summary>
    /// <returns>Whether any was recorded: the claim's source, named, now derives on the subject.</returns>
    public bool Record(Claim claim, string subjectKey) => Record(claim, subjectKey, out _);

    /// <summary>Records the derivations a claim states, as <see cref="Add"/> does.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="subjectKey">The key its subject compares by.</param>
    /// <param name="source">The origin name of the claim's source in its place, when any derivation was recorded.</param>
    /// <returns>Whether any was recorded: the claim's source, named, now derives on the subject.</returns>
    public bool Record(Claim claim, string subjectKey, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? source)
    {
        source = null;
        if (claim.DerivedFrom.Count == 0)
        {
            return false;
        }

        if (NamedOrigin(claim.Source, claim.Place) is not { } name)
        {
            return false;
        }

        HashSet<string>? set = null;
        foreach (var d in claim.DerivedFrom)
        {
            if (NamedOrigin(d, claim.Place) is not { } parent)
            {
                continue;
            }

            if (set is null && !_derivedFrom.TryGetValue((subjectKey, name), out set))
            {
                _derivedFrom[(subjectKey, name)] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(parent);
        }

        source = set is null ? null : name;
        return set is not null;
    }

    /// <summary>The claim's origins, followed transitively; origin names, each read in the claim's place (see <see cref="NormalizeSource(string, Place?)"/>), and for
    /// each unnamed source the claim takes its figure from, an origin of the claim's own (see <see cref="IsUnnamedOrigin"/>).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="subjectKey">The key its subject compares by (after synonyms).</param>
    public IReadOnlySet<string> OriginsOf(Claim claim, string subjectKey)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(subjectKey);
        return OriginsOf(claim, subjectKey, out _);
    }

    /// <summary>Whether the graph records derivations of <paramref name="normalizedSource"/> on the subject, here or in
    /// the basis: if not, a claim from that source that states none has the source as its only origin.</summary>
    /// <param name="subjectKey">The key the subject compares by (after synonyms).</param>
    /// <param name="normalizedSource">The origin name of the source (see <see cref="NormalizeSource(string, Place?)"/>).</param>
    public bool Derives(string subjectKey, string normalizedSource)
    {
        for (var graph = this; graph is not null; graph = graph._basis)
        {
            if (graph._derivedFrom.ContainsKey((subjectKey, normalizedSource)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The claim's origins, and every source the resolution passed through (<paramref name="visited"/>): the
    /// result stands for as long as no derivation is added, on the subject, to any of those sources.</summary>
    public IReadOnlySet<string> OriginsOf(Claim claim, string subjectKey, out IReadOnlySet<string> visited)
    {
        var pending = new Stack<string>();
        List<string>? own = null;
        foreach (var o in claim.DirectOrigins)
        {
            var reading = SourceNames.Read(o);
            if (GenericWords.IsUnnamed(reading.Name))
            {
                (own ??= []).Add(UnnamedOrigin.Of(claim, reading.Name));
            }
            else
            {
                pending.Push(reading.In(claim.Place));
            }
        }

        var origins = Walk(pending, subjectKey, out visited);
        if (own is not null)
        {
            origins.UnionWith(own);
        }

        return origins;
    }

    // The origin a source stands for in a claim about the place; null when the source is unnamed (told by its name alone,
    // so that no place makes a name of nobody in particular an identity).
    private string? NamedOrigin(string source, Place? place)
    {
        var reading = SourceNames.Read(source);
        return GenericWords.IsUnnamed(reading.Name) ? null : reading.In(place);
    }

    /// <summary>The origins of a claim on the subject whose only direct origin is <paramref name="normalizedSource"/>, a
    /// named source (its source, stating no derivation; or the one source it states), with the sources passed through, as
    /// <see cref="OriginsOf(Claim, string, out IReadOnlySet{string})"/> gives them.</summary>
    public IReadOnlySet<string> OriginsOfSource(string normalizedSource, string subjectKey, out IReadOnlySet<string> visited)
    {
        var pending = new Stack<string>();
        pending.Push(normalizedSource);
        return Walk(pending, subjectKey, out visited);
    }

    private HashSet<string> Walk(Stack<string> pending, string subjectKey, out IReadOnlySet<string> visited)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        visited = seen;
        while (pending.Count > 0)
        {
            var source = pending.Pop();
            if (!seen.Add(source))
            {
                continue;
            }

            var derived = false;
            for (var graph = this; graph is not null; graph = graph._basis)
            {
                if (graph._derivedFrom.TryGetValue((subjectKey, source), out var parents) && parents.Count > 0)
                {
                    derived = true;
                    foreach (var p in parents)
                    {
                        pending.Push(p);
                    }
                }
            }

            if (!derived)
            {
                result.Add(source);
            }
        }

        // A cycle with no root: every source in it stands for the origin.
        if (result.Count == 0)
        {
            result.UnionWith(seen);
        }

        return result;
    }

    /// <summary>Whether <paramref name="origin"/> is the origin an unnamed source stands for in one claim: its name, then
    /// " [unnamed: ", the claim's id, " #", eight hexadecimal digits (a fingerprint of the claim) and "]", such as
    /// "officials [unnamed: c4 #1f0e9a2b]".</summary>
    /// <param name="origin">An origin, as <see cref="OriginsOf(Claim, string)"/> or a validation context gives it.</param>
    /// <remarks>Two claims share such an origin only when they are equal (in everything but their metadata), so an
    /// unnamed origin never joins two different reports. A plugin that judges sources by name reads the name with
    /// <see cref="SourceNameOf"/>.</remarks>
    public static bool IsUnnamedOrigin(string origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return UnnamedOrigin.Is(origin);
    }

    /// <summary>The source name an origin stands for: the unnamed source's normalised name for an unnamed origin
    /// ("officials" for "officials [unnamed: c4 #1f0e9a2b]"), else the origin itself.</summary>
    /// <param name="origin">An origin.</param>
    public static string SourceNameOf(string origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return UnnamedOrigin.NameOf(origin);
    }

    /// <summary>The form source names are compared in, without a claim's place: lower case, full stops and apostrophes
    /// dropped, spaces folded; a person or product of a body cut off ("UNHCR spokesperson Babar Baloch", "UNHCR data":
    /// "unhcr"; "health ministry sources": "health ministry"); a body or office with the jurisdiction its name states, and
    /// its field, written one way ("Ministry of Health in Gaza": "gaza health ministry"; "Somali minister of information
    /// Abdirahman O. Osman": "somalia information ministry"); a local office's named holder as the person ("Pavlo
    /// Kyrylenko, governor of the region": "pavlo kyrylenko"); and well-known bodies under one name ("UN refugee agency":
    /// "unhcr").</summary>
    /// <param name="source">A source name.</param>
    /// <remarks>A body that states no jurisdiction ("the Health Ministry") is written without one here; in a claim it is
    /// the body of the claim's place (see <see cref="NormalizeSource(string, Place?)"/>).</remarks>
    public static string NormalizeSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);

        return SourceNames.Normalize(source);
    }

    /// <summary>The origin a source name stands for in a claim about <paramref name="place"/>: as
    /// <see cref="NormalizeSource(string)"/>, except that a body or office whose name states no jurisdiction is the one of
    /// the claim's place.</summary>
    /// <param name="source">A source name, as a claim's <see cref="Claim.Source"/> or <see cref="Claim.DerivedFrom"/> gives it.</param>
    /// <param name="place">The claim's place, or null when it has none.</param>
    /// <remarks>
    /// <para>The jurisdiction is the top of the place's path (its country, as a rule), compared through
    /// <see cref="PlaceNameTable.Default"/>: "the Health Ministry" in a claim about "Saada, Yemen" is
    /// "yemen health ministry", the same origin as "Yemen's rebel-run Health Ministry". Words before the body that name a
    /// place on the path are its jurisdiction instead ("Idlib Health Directorate" in a claim about "Khan Sheikhoun,
    /// Idlib, Syria": "idlib health authorities"). A body written only with a generic word ("authorities") takes no
    /// jurisdiction from the place, so "health authorities" stays unnamed (see <see cref="GenericSourceWords"/>).</para>
    /// <para>Every origin the graph gives is in this form, each name read with its own claim's place.</para>
    /// </remarks>
    public static string NormalizeSource(string source, Place? place)
    {
        ArgumentNullException.ThrowIfNull(source);

        return SourceNames.OriginName(source, place);
    }
}
