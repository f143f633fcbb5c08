using System.Collections;
using System.Collections.Frozen;

namespace Verification.Figures;

/// <summary>The vague quantities ("dozens", "hundreds of", "several") and the intervals they stand for.</summary>
/// <remarks>
/// Phrases are matched case-insensitively, after a trailing "of" is removed ("hundreds of people" reads "hundreds").
/// The table is immutable: <see cref="With"/> and <see cref="Without"/> return changed copies, so a user can
/// override an entry ("dozens" = [24, 99]) or add one without touching the defaults.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "A table of phrases is the domain name; it is also a read-only dictionary.")]
public sealed class VagueQuantityTable : IReadOnlyDictionary<string, (double Low, double High)>
{
    private readonly FrozenDictionary<string, (double Low, double High)> _entries;
    private readonly FrozenDictionary<string, (double Low, double High)>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private VagueQuantityTable(IEnumerable<KeyValuePair<string, (double Low, double High)>> entries)
    {
        _entries = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in table.</summary>
    /// <remarks>
    /// a dozen = 12; dozens = 24–99; scores = 40–99; hundreds = 200–999; thousands = 2,000–9,999;
    /// tens of thousands = 20,000–99,999; hundreds of thousands = 200,000–999,999; millions = 2,000,000–9,999,999;
    /// several = 3–9; a few = 2–5; a handful = 2–6; a couple = 2; a score = 20; a hundred = 100 (as stated).
    /// </remarks>
    public static VagueQuantityTable Default { get; } = new(new Dictionary<string, (double, double)>
    {
        ["a dozen"] = (12, 12),
        ["dozens"] = (24, 99),
        ["scores"] = (40, 99),
        ["hundreds"] = (200, 999),
        ["thousands"] = (2_000, 9_999),
        ["tens of thousands"] = (20_000, 99_999),
        ["hundreds of thousands"] = (200_000, 999_999),
        ["millions"] = (2_000_000, 9_999_999),
        ["several"] = (3, 9),
        ["a few"] = (2, 5),
        ["a handful"] = (2, 6),
        ["a couple"] = (2, 2),
        ["a score"] = (20, 20),
    });

    /// <summary>An empty table: no vague quantities are recognised.</summary>
    public static VagueQuantityTable Empty { get; } = new([]);

    /// <summary>Creates a table from phrases and intervals.</summary>
    /// <param name="entries">Phrase → (low, high); low must not exceed high, neither may be negative.</param>
    public static VagueQuantityTable Create(IEnumerable<KeyValuePair<string, (double Low, double High)>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        foreach (var (phrase, (low, high)) in list)
        {
            Check(phrase, low, high);
        }

        return new(list.Select(e => KeyValuePair.Create(Normalize(e.Key), e.Value)));
    }

    /// <summary>A copy with <paramref name="phrase"/> added or replaced.</summary>
    /// <param name="phrase">The phrase, e.g. "dozens".</param>
    /// <param name="low">The low end.</param>
    /// <param name="high">The high end.</param>
    public VagueQuantityTable With(string phrase, double low, double high)
    {
        Check(phrase, low, high);
        var copy = _entries.ToDictionary(StringComparer.OrdinalIgnoreCase);
        copy[Normalize(phrase)] = (low, high);
        return new(copy);
    }

    /// <summary>A copy without <paramref name="phrase"/>.</summary>
    /// <param name="phrase">The phrase to remove.</param>
    public VagueQuantityTable Without(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return new(_entries.Where(e => !string.Equals(e.Key, Normalize(phrase), StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Looks up a phrase (case-insensitive; a trailing "of" is ignored).</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="interval">Its interval, when known.</param>
    public bool TryGet(string phrase, out (double Low, double High) interval)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return _entries.TryGetValue(Normalize(phrase), out interval);
    }

    /// <summary>Looks up a phrase that is already normalised (words separated by single spaces, no trailing "of"), without allocating.</summary>
    /// <param name="normalizedPhrase">The phrase; compared case-insensitively.</param>
    /// <param name="interval">Its interval, when known.</param>
    internal bool TryGetNormalized(ReadOnlySpan<char> normalizedPhrase, out (double Low, double High) interval) =>
        _bySpan.TryGetValue(normalizedPhrase, out interval);

    /// <inheritdoc />
    public (double Low, double High) this[string key] => _entries[Normalize(key)];

    /// <inheritdoc />
    public IEnumerable<string> Keys => _entries.Keys;

    /// <inheritdoc />
    public IEnumerable<(double Low, double High)> Values => _entries.Values;

    /// <inheritdoc />
    public int Count => _entries.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _entries.ContainsKey(Normalize(key));

    /// <inheritdoc />
    public bool TryGetValue(string key, out (double Low, double High) value) => TryGet(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, (double Low, double High)>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, (double Low, double High)>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string Normalize(string phrase)
    {
        var p = string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return p.EndsWith(" of", StringComparison.Ordinal) ? p[..^3] : p;
    }

    private static void Check(string phrase, double low, double high)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        if (low < 0 || high < low || double.IsNaN(low) || double.IsNaN(high))
        {
            throw new ArgumentOutOfRangeException(nameof(low), $"The interval for '{phrase}' must satisfy 0 <= low <= high.");
        }
    }
}
