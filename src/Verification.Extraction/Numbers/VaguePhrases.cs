using System.Collections.Frozen;
using Verification.Figures;
using Verification.Subjects;

namespace Verification.Extraction.Numbers;

/// <summary>The phrases of a <see cref="VagueQuantityTable"/> as a word trie, matched against tokens case-insensitively.</summary>
internal sealed class VaguePhrases
{
    private readonly Node _root;

    public VaguePhrases(VagueQuantityTable table)
    {
        var root = new Builder();
        foreach (var phrase in table.Keys)
        {
            var node = root;
            foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!node.Children.TryGetValue(word, out var child))
                {
                    node.Children[word] = child = new Builder();
                }

                node = child;
            }

            node.IsPhrase = true;
        }

        _root = root.Build();
    }

    /// <summary>Whether some phrase starts with <paramref name="word"/> (any case).</summary>
    public bool MayStart(ReadOnlySpan<char> word) => _root.Children.ContainsKey(word);

    /// <summary>How many word tokens from <paramref name="start"/> form the longest phrase of the table; 0 when none.</summary>
    public int Match(string text, ReadOnlySpan<Text.Token> tokens, int start)
    {
        var node = _root;
        var best = 0;
        for (var k = start; k < tokens.Length && tokens[k].IsWord; k++)
        {
            if (!node.Children.TryGetValue(text.AsSpan(tokens[k].Start, tokens[k].Length), out var child))
            {
                break;
            }

            node = child;
            if (node.IsPhrase)
            {
                best = k - start + 1;
            }
        }

        return best;
    }

    private sealed class Builder
    {
        public Dictionary<string, Builder> Children { get; } = new(StringComparer.OrdinalIgnoreCase);

        public bool IsPhrase { get; set; }

        public Node Build() => new(Children.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Build(), StringComparer.OrdinalIgnoreCase), IsPhrase);
    }

    private sealed class Node
    {
        private readonly FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _children;

        public Node(FrozenDictionary<string, Node> children, bool isPhrase)
        {
            _children = children.GetAlternateLookup<ReadOnlySpan<char>>();
            IsPhrase = isPhrase;
        }

        public FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Children => _children;

        public bool IsPhrase { get; }
    }
}
