using NUnit.Framework;
using Verification.Claims;
using Verification.Input;
using Verification.Json;
using Verification.Testing;

namespace Verification.NUnit;

/// <summary>Test cases made from claims: one NUnit test case per claim, named after the claim's id.</summary>
/// <remarks>
/// <para>Use with <c>[TestCaseSource]</c>, or use <see cref="ClaimsFileSourceAttribute"/>, which reads the file the
/// same way. Each case passes the <see cref="Claim"/> as the test's argument, shows the claim's id as the argument
/// (<c>Figure_IsNotContested(m4)</c>), describes the claim in the test's description, and sets the property
/// <see cref="ClaimIdProperty"/> to the id.</para>
/// <para>A relative path is looked up from the test assembly's folder (<see cref="AppContext.BaseDirectory"/>), then
/// from the current directory: mark the file <c>CopyToOutputDirectory</c> in the test project.</para>
/// </remarks>
/// <example>
/// <code>
/// [TestCaseSource(typeof(ClaimTestCases), nameof(ClaimTestCases.FromFile), new object[] { "draft.json" })]
/// public void Figure_IsNotContested(Claim claim) =&gt; Assert.That(claim, Is.Not.Contested().By(verifier));
/// </code>
/// </example>
public static class ClaimTestCases
{
    /// <summary>The name of the test property that holds the claim's id.</summary>
    public const string ClaimIdProperty = "ClaimId";

    /// <summary>One test case per claim of a claims file, in file order; the argument is the claim.</summary>
    /// <param name="path">The claims file (see docs/formats.md).</param>
    /// <exception cref="InvalidClaimsException">The file breaks the format; every problem is listed.</exception>
    public static IEnumerable<TestCaseData> FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FromReport(ClaimsFile.Read(ResolvePath(path, null)).Report);
    }

    /// <summary>One test case per claim of a report, in order; the argument is the claim.</summary>
    /// <param name="report">The report.</param>
    public static IEnumerable<TestCaseData> FromReport(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Claims.Select(claim => For(claim, report, withReport: false)).ToList();
    }

    internal static TestCaseData For(Claim claim, Report report, bool withReport)
    {
        TestCaseData data = withReport ? new TestCaseData(claim, report) : new TestCaseData(claim);
        data.SetArgDisplayNames(claim.Id);
        data.SetDescription(VerificationText.DescribeClaim(claim));
        data.SetProperty(ClaimIdProperty, claim.Id);
        return data;
    }

    /// <summary>The path as given when rooted; else under the first of these folders that has it: the test assembly's
    /// folder, <see cref="AppContext.BaseDirectory"/>, the current directory.</summary>
    internal static string ResolvePath(string path, string? assemblyFolder)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var folders = new[] { assemblyFolder, AppContext.BaseDirectory, Environment.CurrentDirectory };
        foreach (var folder in folders)
        {
            if (!string.IsNullOrEmpty(folder) && File.Exists(Path.Combine(folder, path)))
            {
                return Path.Combine(folder, path);
            }
        }

        return Path.GetFullPath(Path.Combine(assemblyFolder ?? AppContext.BaseDirectory, path));
    }
}
