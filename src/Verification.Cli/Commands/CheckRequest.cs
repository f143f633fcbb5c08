using Verification.Cli.Output;

namespace Verification.Cli.Commands;

/// <summary>What <c>verify check</c> was asked to do, read once from the command line and handed to the path that does
/// it: against evidence files in memory, or against a store.</summary>
/// <param name="Claims">The claims file, or the article when <paramref name="Article"/> is set.</param>
/// <param name="Evidence">The <c>--evidence</c> files.</param>
/// <param name="Output">How and where to write the results.</param>
/// <param name="Plugins">The <c>--plugins</c> directories.</param>
/// <param name="Article">When not null, <paramref name="Claims"/> is an article read with these settings.</param>
/// <param name="StrictPlugins">Whether a plugin that cannot be loaded stops the run.</param>
/// <param name="Culture">The <c>--culture</c> name; null for the invariant culture.</param>
/// <param name="MaxInputMb">The largest claims or evidence file read, in megabytes.</param>
/// <param name="ValidatorTimeout">The <c>--validator-timeout</c>; null for the default.</param>
/// <param name="Store">The <c>--store</c> location; null to check against the evidence files alone.</param>
/// <param name="AsOf">The <c>--as-of</c> day the store is read as of; null for the latest.</param>
internal sealed record CheckRequest(
    FileInfo Claims,
    IReadOnlyList<FileInfo> Evidence,
    OutputRequest Output,
    IReadOnlyList<DirectoryInfo> Plugins,
    ArticleInput? Article = null,
    bool StrictPlugins = false,
    string? Culture = null,
    int MaxInputMb = CheckCommand.DefaultMaxInputMb,
    TimeSpan? ValidatorTimeout = null,
    string? Store = null,
    DateOnly? AsOf = null);
