// Verifies a claims file against an evidence file with the Verification package, as a newsroom tool would.
// Usage: ConsoleConsumer <claims.json> <evidence.json>
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Json;
using Verification.Verdicts;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ConsoleConsumer <claims.json> <evidence.json>");
    return 2;
}

var services = new ServiceCollection();
services.AddVerification(v => v.AddEvidenceFile(args[1]));
using var provider = services.BuildServiceProvider();
var verifier = provider.GetRequiredService<IClaimVerifier>();

ClaimsDocument claims = await ClaimsFile.ReadAsync(args[0]);
ReportVerification result = await verifier.VerifyAsync(claims.Report);

var version = typeof(IClaimVerifier).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine($"Verification {version}");
foreach (var claim in result.Claims)
{
    Console.WriteLine($"{claim.Claim.Id} {claim.Verdict.ToString().ToUpperInvariant()} {claim.Reason}");
}

Console.WriteLine($"{result.Claims.Count} claims: {result.Corroborated} corroborated, {result.Contested} contested, {result.Unverified} unverified");
return 0;
