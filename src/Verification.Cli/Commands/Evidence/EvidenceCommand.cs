using System.CommandLine;

namespace Verification.Cli.Commands.Evidence;

/// <summary>The <c>verify evidence</c> group: commands that work on evidence files, published data sets included.</summary>
/// <remarks>Each subcommand is its own class with a <c>Create()</c>, listed here; the options that say how a file is read
/// (<c>--format</c>, <c>--mapping</c>, <c>--skip-bad-rows</c>, <c>--source</c>, <c>--id-prefix</c>) and the reading
/// itself are shared through <see cref="EvidenceFileInput"/>.</remarks>
internal static class EvidenceCommand
{
    /// <summary>Creates the <c>evidence</c> command and its subcommands.</summary>
    public static Command Create() => new("evidence", "Reads evidence files (published data sets: HXL from HDX, UCDP GED, ACLED, Airwars, any CSV with a column mapping; and claims JSON) and imports them into a store.")
    {
        EvidenceReadCommand.Create(),
        EvidenceImportCommand.Create(),
    };
}
