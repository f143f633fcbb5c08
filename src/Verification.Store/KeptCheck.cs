using Verification.Claims;
namespace Verification.Store;

/// <summary>A check kept in an <see cref="EvidenceStore"/>, to be made again the way it was made.</summary>
/// <param name="Report">The report checked, with its claims as they were checked.</param>
/// <param name="AsOf">The day whose evidence the check read (<see cref="EvidenceStoreOptions.AsOf"/>); null for the
/// latest.</param>
/// <param name="Settings">What else the check was made with (<see cref="CheckRecord.Settings"/>); null when
/// nothing.</param>
public sealed record KeptCheck(Report Report, DateOnly? AsOf, string? Settings);
