using System.Globalization;
using System.Text;

namespace Verification.Cli;

/// <summary>Text from the input made safe to print on a terminal: control characters are written as escapes
/// (<c>\u001B</c>), so that a claim, a file name or a message cannot move the cursor, clear the screen, retitle the
/// window or hide what is printed before it.</summary>
/// <remarks>Tabs, line feeds and a carriage return that ends a line (<c>\r\n</c>) are kept: they lay text out and
/// nothing more. Every other character for which <see cref="char.IsControl(char)"/> holds (C0, DEL, C1) is escaped.</remarks>
internal static class TerminalText
{
    /// <summary>The text with its control characters escaped; the same instance when it has none.</summary>
    /// <param name="text">The text.</param>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstToEscape(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (MustEscape(text, i))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static int FirstToEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (MustEscape(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool MustEscape(string text, int i)
    {
        var c = text[i];
        return char.IsControl(c) && c is not ('\t' or '\n') && !(c == '\r' && i + 1 < text.Length && text[i + 1] == '\n');
    }
}
