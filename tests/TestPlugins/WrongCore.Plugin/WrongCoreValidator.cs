using Verification;

namespace WrongCore.Plugin;

public sealed class WrongCoreValidator : IClaimValidator
{
    public string Name => "WrongCore";
}
