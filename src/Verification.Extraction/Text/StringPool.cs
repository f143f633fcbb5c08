namespace Verification.Extraction.Text;

/// <summary>One string per distinct short text within one article ("Mosul", "officials", "last week"), so that
/// mentions that repeat a name share it. Bounded: past <see cref="MaxEntries"/> texts, new ones are allocated as usual.</summary>
internal sealed class StringPool
{
    private const int MaxEntries = 8192;
    private const int MaxLength = 64;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var s = text.ToString();
        if (_strings.Count < MaxEntries)
        {
            _strings[s] = s;
        }

        return s;
    }

    public string Get(string text, int start, int end) => Get(text.AsSpan(start, end - start));
}
