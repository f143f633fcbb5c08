namespace Verification.Input;

/// <summary>A value written back in a problem's message, cut to a readable length: a message says which value is
/// wrong, and a 10 MB figure text must not become a 10 MB line on stderr.</summary>
internal static class Echo
{
    /// <summary>The most characters of a value a message quotes, the ellipsis included.</summary>
    public const int MaxLength = 80;

    /// <summary>The value, or its start and "…" when it is longer than <see cref="MaxLength"/>.</summary>
    public static string Of(string value)
    {
        if (value.Length <= MaxLength)
        {
            return value;
        }

        // Never cut between the two halves of a surrogate pair.
        var cut = MaxLength - 1;
        if (char.IsHighSurrogate(value[cut - 1]))
        {
            cut--;
        }

        return string.Concat(value.AsSpan(0, cut), "…");
    }

    /// <summary>A message written elsewhere (a parser's error) with the value it quotes cut as <see cref="Of"/> does.</summary>
    public static string In(string message, string value)
    {
        if (value.Length <= MaxLength)
        {
            return message;
        }

        var trimmed = value.Trim();
        return message.Replace(value, Of(value), StringComparison.Ordinal).Replace(trimmed, Of(trimmed), StringComparison.Ordinal);
    }
}
