namespace Verification.Extraction.Languages;

/// <summary>A language's phrases and the canonical text the readers take them as (Data/{language}/*.tsv): "plus de" is
/// read as "more than", "civils" as "civilians", "du # au #" as "from # to #".</summary>
/// <remarks>
/// <para>A line is <c>phrase&lt;TAB&gt;canonical</c>. The phrase is lower-case words, numbers written <c>#</c> or in digits
/// (any digits stand for any number; a phrase that starts with a number writes it in digits, "1er mars", since a line
/// that starts with '#' is a comment), with an ordinal suffix against them if any, and the punctuation between them
/// ("mi-", "l'"); the canonical text is what the readers see instead, each <c>#</c> taking the
/// phrase's numbers in order. A canonical text in lower case takes the phrase's capital ("Selon" reads "According to");
/// one with capitals keeps them ("octobre" reads "October"). A canonical <c>-</c> drops the phrase.</para>
/// <para>Refused with every problem at once, the first time the language is used: a line without two fields, a phrase
/// listed twice (in one file or two), a canonical text with another count of <c>#</c> than its phrase.</para>
/// </remarks>
internal sealed class GlossTable
{
    /// <summary>The files of a language's glosses, by topic.</summary>
    public static readonly string[] Files = ["words.tsv", "numbers.tsv", "dates.tsv", "claims.tsv", "places.tsv"];

    /// <summary>The most tokens a phrase may have.</summary>
    public const int MaxPhraseTokens = 10;

    private readonly Dictionary<string, Gloss> _byPhrase;

    private GlossTable(Dictionary<string, Gloss> byPhrase) => _byPhrase = byPhrase;

    /// <summary>One entry: the phrase's tokens and what they read as.</summary>
    /// <param name="Phrase">The phrase's tokens, joined by single spaces ("plus de", "du # au #").</param>
    /// <param name="Canonical">The text the readers see; empty when the phrase is dropped.</param>
    /// <param name="Where">The file and line, for messages.</param>
    internal sealed record Gloss(string Phrase, string Canonical, string Where);

    /// <summary>Every entry, in file order.</summary>
    public IEnumerable<Gloss> Entries => _byPhrase.Values;

    /// <summary>The entry for a phrase's tokens joined by single spaces, if listed.</summary>
    public bool TryGet(string phrase, out Gloss gloss) => _byPhrase.TryGetValue(phrase, out gloss!);

    /// <summary>Reads a language's shipped tables.</summary>
    /// <exception cref="InvalidOperationException">A file is missing or breaks the format; the message lists every problem.</exception>
    public static GlossTable ReadShipped(string language)
    {
        var rows = Files.SelectMany(file => Vocabulary.ShippedVocabulary.LinesOf(language, file).Select(l => ($"{language}/{file} line {l.Number}", l.Fields)));
        var problems = new List<string>();
        var table = Build(rows, problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The shipped glosses are malformed:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        return table;
    }

    /// <summary>Builds a table from lines (where each is, and its fields); the problems found are added to
    /// <paramref name="problems"/> and their lines left out.</summary>
    internal static GlossTable Build(IEnumerable<(string Where, string[] Fields)> rows, List<string> problems)
    {
        var byPhrase = new Dictionary<string, Gloss>(StringComparer.Ordinal);
        foreach (var (where, fields) in rows)
        {
            if (fields.Length != 2 || fields[0].Trim().Length == 0 || fields[1].Trim().Length == 0)
            {
                problems.Add($"{where}: expected a phrase, a tab and the text it reads as ('-' for none).");
                continue;
            }

            var tokens = GlossTokens.Split(fields[0].Trim());
            var phrase = string.Join(' ', tokens);
            var canonical = fields[1].Trim() == "-" ? string.Empty : fields[1].Trim();
            if (tokens.Count == 0 || tokens.Count > MaxPhraseTokens || tokens[0] == "#" && tokens.Count == 1 || tokens[0].Length == 1 && !char.IsLetter(tokens[0][0]) && tokens[0] != "#")
            {
                problems.Add($"{where}: '{fields[0].Trim()}' must start with a word or a number and have at most {MaxPhraseTokens} words, numbers and signs, and more than a number.");
                continue;
            }

            if (!fields[0].Trim().Equals(fields[0].Trim().ToLowerInvariant(), StringComparison.Ordinal))
            {
                problems.Add($"{where}: '{fields[0].Trim()}' is not in lower case.");
                continue;
            }

            if (tokens.Count(t => t[0] == '#') != canonical.Count(c => c == '#'))
            {
                problems.Add($"{where}: '{canonical}' must take each number of '{phrase}' once (write # for each).");
                continue;
            }

            if (byPhrase.TryGetValue(phrase, out var first))
            {
                problems.Add(first.Canonical == canonical
                    ? $"{where}: '{phrase}' is already listed at {first.Where}."
                    : $"{where}: '{phrase}' already reads as '{first.Canonical}' at {first.Where}.");
                continue;
            }

            byPhrase[phrase] = new Gloss(phrase, canonical, where);
        }

        return new GlossTable(byPhrase);
    }
}
