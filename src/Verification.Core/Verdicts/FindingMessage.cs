namespace Verification.Verdicts;

/// <summary>Writes a finding's message when it is first read, from values that do not change.</summary>
/// <remarks>The built-in validators' findings hold one of these rather than a function: a bulk run keeps every finding
/// until it ends and reads few of their messages, so the findings should be small.</remarks>
public abstract class FindingMessage
{
    /// <summary>The message.</summary>
    public abstract string Compose();
}
