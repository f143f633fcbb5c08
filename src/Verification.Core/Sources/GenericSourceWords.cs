using System.Collections.Frozen;
using Verification.Places;
using Verification.Validators;

namespace Verification.Sources;

/// <summary>The words a source name can be made of and still name nobody in particular: "officials", "local sources",
/// "residents and witnesses", "a source", "unknown".</summary>
/// <remarks>
/// <para>A source is <b>unnamed</b> (<see cref="IsUnnamed"/>) when every word of its name is in the list. Such a name is
/// not an identity: two claims whose figures come from "officials" are two reports, not one, so they are never echoes of
/// each other by that name (see <see cref="OriginGraph"/>). A name with any other word is named: "UNHCR", "Iraqi
/// military", "Nineveh health official" (a role tied to a place), "UN officials" and "police sources" (a role tied to a
/// body). The built-in list therefore holds no word that names a body (police, army, military, government, ministry).</para>
/// <para>Words are letters and digits; anything else separates them ("residents/witnesses" is two words). They compare
/// case-insensitively, after a possessive "'s" or a trailing apostrophe is dropped. A name with no word at all ("?",
/// "") is unnamed.</para>
/// <para>The built-in list (<see cref="Default"/>) is shipped as data with the library, one word a line. A list is
/// immutable: <see cref="With"/> and <see cref="Without"/> return changed copies; set the one a run uses through
/// <see cref="VerificationOptions.GenericSourceWords"/>.</para>
/// </remarks>
public sealed class GenericSourceWords
{
    private const string ResourceName = "Verification.generic-source-words.txt";
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private GenericSourceWords(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _bySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in list: joining words ("and", "a", "of"), qualifiers that name no one ("local", "unnamed",
    /// "anonymous", "senior", "medical", "security"), people and roles ("officials", "sources", "residents",
    /// "witnesses", "eyewitnesses", "activists", "medics", "journalists", "spokesman", "authorities") and what was said
    /// ("media", "reports", "estimates").</summary>
    public static GenericSourceWords Default { get; } = new(ReadBuiltIn());

    /// <summary>An empty list: every source with a word in its name is named, as if unnamed sources were not told apart.</summary>
    public static GenericSourceWords Empty { get; } = new([]);

    /// <summary>The words, in lower case, in no particular order.</summary>
    public IReadOnlySet<string> Words => _words;

    /// <summary>A list of exactly these words.</summary>
    /// <param name="words">Single words ("officials"), compared case-insensitively.</param>
    /// <exception cref="ArgumentException">An entry is empty or is not a single word.</exception>
    public static GenericSourceWords Create(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new(words.Select(w => Checked(w, nameof(words))).ToList());
    }

    /// <summary>A copy that also holds <paramref name="words"/>.</summary>
    /// <param name="words">Single words to add.</param>
    /// <exception cref="ArgumentException">An entry is empty or is not a single word.</exception>
    public GenericSourceWords With(params string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new(_words.Concat(words.Select(w => Checked(w, nameof(words)))).ToList());
    }

    /// <summary>A copy without <paramref name="words"/> (a word not in the list is ignored).</summary>
    /// <param name="words">Words to remove, compared case-insensitively.</param>
    public GenericSourceWords Without(params string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var removed = new HashSet<string>(words.Select(w => w?.Trim() ?? string.Empty), StringComparer.OrdinalIgnoreCase);
        return new(_words.Where(w => !removed.Contains(w)).ToList());
    }

    /// <summary>Whether <paramref name="source"/> names nobody in particular: every word of it is in the list.</summary>
    /// <param name="source">A source name, as written or normalised (<see cref="OriginGraph.NormalizeSource(string, Place?)"/>).</param>
    public bool IsUnnamed(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var rest = source.AsSpan();
        while (NextWord(ref rest, out var word))
        {
            if (!_bySpan.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The built-in list's lines that hold a word, as written in the data file (for its checks).</summary>
    internal static IEnumerable<string> BuiltInEntries()
    {
        using var stream = typeof(GenericSourceWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The built-in list of generic source words is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static List<string> ReadBuiltIn() => [.. BuiltInEntries().Select(w => Checked(w, "built-in list"))];

    private static string Checked(string word, string paramName)
    {
        var trimmed = word?.Trim() ?? string.Empty;
        var rest = trimmed.AsSpan();
        if (!NextWord(ref rest, out var only) || only.Length != trimmed.Length)
        {
            throw new ArgumentException($"'{word}' is not a single word (letters and digits only).", paramName);
        }

        return trimmed.ToLowerInvariant();
    }

    // The next word of the text (a run of letters and digits, with apostrophes inside it), with a possessive "'s" or a
    // trailing apostrophe dropped; false when no word is left.
    private static bool NextWord(ref ReadOnlySpan<char> text, out ReadOnlySpan<char> word)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || (IsApostrophe(text[end]) && end > start)))
        {
            end++;
        }

        word = text[start..end];
        text = text[end..];
        if (word.Length >= 2 && IsApostrophe(word[^2]) && (word[^1] is 's' or 'S'))
        {
            word = word[..^2];
        }

        while (word.Length > 0 && IsApostrophe(word[^1]))
        {
            word = word[..^1];
        }

        return start < end;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
