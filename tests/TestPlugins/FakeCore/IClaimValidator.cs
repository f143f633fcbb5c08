namespace Verification;

public interface IClaimValidator
{
    string Name { get; }
}
