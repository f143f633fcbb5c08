using System.Text;
using Verification.Cli;
using Verification.Cli.Progress;

// Redirected output is written as UTF-8 whatever the platform's console code page; a terminal keeps the console's writer.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var stdout = Console.IsOutputRedirected ? new StreamWriter(Console.OpenStandardOutput(), utf8) : Console.Out;
// Progress is drawn as a bar only on a terminal; redirected, it is plain lines.
ProgressSettings.StderrIsTerminal = !Console.IsErrorRedirected;
// Progress lines come from a timer's thread while the run logs from its own: a redirected stderr is made safe for both,
// as the console's own writer is.
var stderr = Console.IsErrorRedirected ? TextWriter.Synchronized(new StreamWriter(Console.OpenStandardError(), utf8)) : Console.Error;
try
{
    return await Cli.InvokeAsync(args, stdout, stderr, Cli.ConsoleTableWidth()).ConfigureAwait(false);
}
finally
{
    await stdout.FlushAsync().ConfigureAwait(false);
    await stderr.FlushAsync().ConfigureAwait(false);
}
