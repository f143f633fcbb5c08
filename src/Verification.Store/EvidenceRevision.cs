using Verification.Claims;
namespace Verification.Store;

/// <summary>One revision of a stored evidence claim: the claim as a release of its data set stated it, and the days it
/// was in force.</summary>
/// <param name="Claim">The claim as that release stated it.</param>
/// <param name="DataSet">The data set.</param>
/// <param name="Release">The release's name, when stated.</param>
/// <param name="ValidFrom">The day the release was published.</param>
/// <param name="ValidTo">The day a later release replaced it; null while in force.</param>
public sealed record EvidenceRevision(Claim Claim, string DataSet, string? Release, DateOnly ValidFrom, DateOnly? ValidTo);
