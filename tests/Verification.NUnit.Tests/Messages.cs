using NUnit.Framework.Constraints;
using NUnit.Framework.Internal;

namespace Verification.NUnit.Tests;

/// <summary>Applies a constraint expression the way Assert.That does, and returns the failure message it would show.</summary>
internal static class Messages
{
    public static ConstraintResult Apply(IResolveConstraint expression, object actual) => expression.Resolve().ApplyTo(actual);

    public static string Of(ConstraintResult result)
    {
        var writer = new TextMessageWriter();
        result.WriteMessageTo(writer);
        return writer.ToString();
    }
}
