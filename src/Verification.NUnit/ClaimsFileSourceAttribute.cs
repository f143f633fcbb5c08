using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;
using Verification.Claims;
using Verification.Input;
using Verification.Json;

namespace Verification.NUnit;

/// <summary>Makes one test case per claim of a claims file, so that CI lists every figure as a test of its own.</summary>
/// <remarks>
/// <para>The test method takes the <see cref="Claim"/>, or the claim and its <see cref="Report"/> (whose publication
/// date bounds the claim's period). Test names show the claim's id: <c>Figure_IsNotContested(m4)</c>; see
/// <see cref="ClaimTestCases"/> for descriptions, properties and how a relative path is found.</para>
/// <para>A file that cannot be read, or breaks the format, gives one test that is not runnable and whose reason lists
/// every problem, so a broken file shows in CI instead of silently giving no tests.</para>
/// </remarks>
/// <example>
/// <code>
/// [ClaimsFileSource("claims/draft-42.json")]
/// public void Figure_IsNotContested(Claim claim) =&gt; Assert.That(claim, Is.Not.Contested().By(verifier));
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class ClaimsFileSourceAttribute : NUnitAttribute, ITestBuilder, IImplyFixture
{
    private readonly NUnitTestCaseBuilder _builder = new();

    /// <summary>Reads claims from a file.</summary>
    /// <param name="path">The claims file, absolute or relative to the test assembly's folder.</param>
    public ClaimsFileSourceAttribute(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = path;
    }

    /// <summary>The claims file as given.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public IEnumerable<TestMethod> BuildFrom(IMethodInfo method, Test? suite)
    {
        ArgumentNullException.ThrowIfNull(method);
        var parameters = method.GetParameters();
        var withReport = parameters.Length == 2 && parameters[1].ParameterType == typeof(Report);
        List<TestCaseParameters> cases;
        try
        {
            var folder = System.IO.Path.GetDirectoryName(method.TypeInfo.Assembly.Location);
            var report = ClaimsFile.Read(ClaimTestCases.ResolvePath(Path, folder)).Report;
            cases = [.. report.Claims.Select(claim => new TestCaseParameters(ClaimTestCases.For(claim, report, withReport)))];
        }
        catch (Exception e) when (e is InvalidClaimsException or IOException or UnauthorizedAccessException)
        {
            cases = [new TestCaseParameters(e)];
        }

        foreach (var parms in cases)
        {
            yield return _builder.BuildTestMethod(method, suite, parms);
        }
    }
}
