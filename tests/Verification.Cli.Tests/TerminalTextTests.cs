namespace Verification.Cli.Tests;

/// <summary>Control characters from the input are printed as escapes; layout characters are kept.</summary>
[TestFixture]
public sealed class TerminalTextTests
{
    [TestCase("\u001b[2J", "\\u001B[2J")]
    [TestCase("a\u0007b", "a\\u0007b")]
    [TestCase("back\bspace", "back\\u0008space")]
    [TestCase("null\0", "null\\u0000")]
    [TestCase("del\u007f", "del\\u007F")]
    [TestCase("csi\u009b2J", "csi\\u009B2J")]
    [TestCase("over\rwrite", "over\\u000Dwrite")]
    [TestCase("end\r", "end\\u000D")]
    public void Escape_ControlCharacter_IsWrittenAsAnEscape(string text, string expected)
    {
        Assert.That(TerminalText.Escape(text), Is.EqualTo(expected));
    }

    [TestCase("line\nline")]
    [TestCase("line\r\nline")]
    [TestCase("tab\there")]
    [TestCase("Mosul – 24–99 ‘dozens’ 😀")]
    [TestCase("")]
    public void Escape_TextWithoutControlCharacters_IsKept(string text)
    {
        Assert.That(TerminalText.Escape(text), Is.SameAs(text));
    }

    [Test]
    public async Task TerminalSafeWriter_EveryWay_Escapes()
    {
        using var inner = new StringWriter { NewLine = "\n" };
        using var writer = new TerminalSafeWriter(inner);

        writer.Write('\u001b');
        writer.Write("[1m".ToCharArray(), 0, 3);
        writer.WriteLine("\u0007");
        await writer.WriteAsync("\u001b".AsMemory());
        await writer.WriteLineAsync("\u009b");
        await writer.WriteAsync(new System.Text.StringBuilder("\u0008\n"));

        Assert.That(inner.ToString(), Is.EqualTo("\\u001B[1m\\u0007\n\\u001B\\u009B\n\\u0008\n"));
    }
}
