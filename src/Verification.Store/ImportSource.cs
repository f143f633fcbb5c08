using System.Security.Cryptography;

namespace Verification.Store;

/// <summary>Where a stream of imported claims comes from: a file, its content's digest, and the data set release it
/// is.</summary>
/// <param name="Name">The file's name, as the user gave it; shown in problems and summaries.</param>
/// <param name="ContentHash">A digest of the file's content (see <see cref="FromFileAsync"/>): a store imports content
/// it already holds, read the same way (<see cref="Reading"/>), as nothing, so importing the same file twice stores nothing
/// twice.</param>
/// <remarks>Claims are identified by id across the store. A claim imported again, from a later release of its data set,
/// with different content becomes a new revision: the old one is kept as history, in force until the new release's
/// day (see <see cref="EvidenceStoreOptions.AsOf"/>).</remarks>
public sealed record ImportSource(string Name, string ContentHash)
{
    /// <summary>The data set the claims belong to ("UCDP GED", "Mosul evidence"); the file's name when null. A claim id
    /// belongs to one data set.</summary>
    public string? DataSet { get; init; }

    /// <summary>The release of the data set ("25.1", "2017-03 update"), for the record; null when not stated.</summary>
    public string? Release { get; init; }

    /// <summary>The day the release was published, from which its figures are in force; the import's day when
    /// null.</summary>
    public DateOnly? ReleasedOn { get; init; }

    /// <summary>How the file was read, when that changes what is stored: the format, the column mapping's content, the
    /// source and id prefix given, the culture figures were read in, the data set. Null for a claims file read as it
    /// is.</summary>
    /// <remarks>Part of the import's identity with <see cref="ContentHash"/>: the same file read another way (another
    /// mapping, another id prefix) is another import, not one the store already holds.</remarks>
    public string? Reading { get; init; }

    /// <summary>What the store knows an import by: the content's digest, with <see cref="Reading"/> when given.</summary>
    internal string Identity => Reading is null
        ? ContentHash
        : Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ContentHash + "\n" + Reading)));

    /// <summary>A source for a file: its name and the SHA-256 digest of its bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static async Task<ImportSource> FromFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            return new ImportSource(path, Convert.ToHexStringLower(hash));
        }
    }
}
