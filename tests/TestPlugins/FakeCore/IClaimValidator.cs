using Verification.Validators;
namespace Verification.Validators;

public interface IClaimValidator
{
    string Name { get; }
}
