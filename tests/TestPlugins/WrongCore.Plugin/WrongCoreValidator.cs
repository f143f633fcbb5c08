using Verification.Validators;

namespace WrongCore.Plugin;

public sealed class WrongCoreValidator : IClaimValidator
{
    public string Name => "WrongCore";
}
