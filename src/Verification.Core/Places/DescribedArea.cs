using System.Collections.Frozen;
using Verification.Data;
using Verification.Sources;

namespace Verification.Places;

/// <summary>Tells a name that describes an area of a place ("rebel-held northwest", "the border area", "northern French
/// coast") from a place's own name (see <see cref="Place.IsDescribedArea"/>), with the words of a shipped data list.</summary>
internal static class DescribedArea
{
    private const string ResourceName = "Verification.place-area-words.tsv";

    [Flags]
    internal enum Role : byte
    {
        None = 0,
        Head = 1,
        Modifier = 2,
        Joining = 4,
    }

    private static readonly FrozenDictionary<string, Role>.AlternateLookup<ReadOnlySpan<char>> Words =
        ReadBuiltIn().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="name"/> describes an area rather than names one.</summary>
    /// <remarks>
    /// The words are split at white space and hyphens, a possessive "'s" dropped. The name is a description when its last
    /// word that is not a joining word ("the", "of", "along", "city") is a head ("coast", "areas", "north"), and either
    /// every word is listed, or one is not and another word qualifies the area ("northern" in "northern French coast",
    /// "held" in "Kurdish-held areas"). So "North Darfur", "East Jerusalem", "West Mosul", "Gold Coast" and "Kurdistan
    /// Region" stay names: their last word is not a head, or their one unlisted word has nothing beside it but the head.
    /// </remarks>
    /// <param name="name">A place's name as written, without the wording of an approximation.</param>
    public static bool IsDescription(string name)
    {
        Span<Role> roles = stackalloc Role[8];
        var count = 0;
        var rest = name.AsSpan();
        while (NextWord(ref rest, out var word))
        {
            if (count == roles.Length)
            {
                // Longer than any description: a name, or a sentence.
                return false;
            }

            roles[count++] = RoleOf(word);
        }

        var head = count - 1;
        while (head >= 0 && roles[head] == Role.Joining)
        {
            head--;
        }

        if (head < 0 || (roles[head] & Role.Head) == 0)
        {
            return false;
        }

        var unlisted = 0;
        var qualified = false;
        for (var i = 0; i < count; i++)
        {
            if (roles[i] == Role.None)
            {
                unlisted++;
            }
            else if (i != head && (roles[i] & Role.Modifier) != 0)
            {
                qualified = true;
            }
        }

        return unlisted == 0 || (unlisted == 1 && qualified);
    }

    /// <summary>The built-in list's words and their roles, as written in the data file (for its checks).</summary>
    /// <exception cref="InvalidOperationException">The list is missing or a line does not follow its format.</exception>
    internal static IReadOnlyList<(string Word, Role Roles)> BuiltInEntries()
    {
        const string What = "The built-in list of area words";
        var entries = new List<(string, Role)>();
        foreach (var (number, fields) in ShippedTable.Lines(ResourceName, What))
        {
            var roles = fields.Length == 2 ? RolesOf(fields[1]) : Role.None;
            if (roles == Role.None || fields[0].Length == 0 || !fields[0].All(char.IsAsciiLetterLower))
            {
                throw ShippedTable.Malformed(What, number, "a lower-case word, a tab and its roles (head, modifier, joining) separated by spaces");
            }

            entries.Add((fields[0], roles));
        }

        return entries;
    }

    private static Role RolesOf(string field)
    {
        var roles = Role.None;
        foreach (var name in field.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var role = name switch
            {
                "head" => Role.Head,
                "modifier" => Role.Modifier,
                "joining" => Role.Joining,
                _ => Role.None,
            };
            if (role == Role.None)
            {
                return Role.None;
            }

            roles |= role;
        }

        return roles;
    }

    private static FrozenDictionary<string, Role> ReadBuiltIn() =>
        BuiltInEntries().ToFrozenDictionary(e => e.Word, e => e.Roles, StringComparer.OrdinalIgnoreCase);

    private static Role RoleOf(ReadOnlySpan<char> word) => Words.TryGetValue(word, out var role) ? role : Role.None;

    // The next word: a run of characters other than white space and hyphens, with a possessive "'s" (or a trailing
    // apostrophe) dropped; false when none is left.
    private static bool NextWord(ref ReadOnlySpan<char> text, out ReadOnlySpan<char> word)
    {
        var start = 0;
        while (start < text.Length && IsBreak(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && !IsBreak(text[end]))
        {
            end++;
        }

        word = text[start..end];
        text = text[end..];
        if (word.Length > 2 && word[^1] is 's' or 'S' && IsApostrophe(word[^2]))
        {
            word = word[..^2];
        }
        else if (word.Length > 1 && IsApostrophe(word[^1]))
        {
            word = word[..^1];
        }

        return !word.IsEmpty;
    }

    private static bool IsBreak(char c) => char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
