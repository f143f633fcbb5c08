using Verification.Claims;
using Verification.Verdicts;
namespace Verification.Accuracy.Tests.RealReporting;

/// <summary>One event file: real reports' claims about one event, with the hand judgements.</summary>
/// <param name="Id">The event's id, which is also the file's name.</param>
/// <param name="Title">What the event was.</param>
/// <param name="Kind">The kind of event (conflict, displacement, migration, …).</param>
/// <param name="Claims">The claims, as the library's claims-file reader read them.</param>
/// <param name="Expected">Each claim's expected verdict when checked against all the event's other claims.</param>
/// <param name="Pairs">The judged pairs.</param>
public sealed record RealEvent(
    string Id,
    string Title,
    string Kind,
    IReadOnlyList<Claim> Claims,
    IReadOnlyDictionary<string, Verdict> Expected,
    IReadOnlyList<EventPair> Pairs)
{
    /// <summary>The claim with this id.</summary>
    public Claim Claim(string id) => Claims.First(c => c.Id == id);
}

/// <summary>A claim and one evidence claim of the same event, with a fact-checker's judgement of the pair.</summary>
/// <param name="Claim">The id of the claim checked.</param>
/// <param name="Evidence">The id of the one evidence claim.</param>
/// <param name="Judgement">What the evidence is to the claim.</param>
/// <param name="Why">The judgement's reason, in a line.</param>
public sealed record EventPair(string Claim, string Evidence, Judgement Judgement, string Why);
