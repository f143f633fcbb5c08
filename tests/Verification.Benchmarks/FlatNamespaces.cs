#if FLAT_NAMESPACES
// A baseline library from before namespaces followed folders keeps its public types in the namespace Verification
// (and Verification.Extraction). The benchmarks name the namespaces of today's library; here those names exist, and
// the flat namespaces are in scope, so the same code compiles against both (compare.sh defines FLAT_NAMESPACES).
global using Verification;
global using Verification.Extraction;

#pragma warning disable CA1812 // never instantiated: each type only makes its namespace exist

namespace Verification.Claims { internal static class FlatNamespace; }
namespace Verification.DependencyInjection { internal static class FlatNamespace; }
namespace Verification.Engine { internal static class FlatNamespace; }
namespace Verification.Evidence { internal static class FlatNamespace; }
namespace Verification.Figures { internal static class FlatNamespace; }
namespace Verification.Input { internal static class FlatNamespace; }
namespace Verification.Json { internal static class FlatNamespace; }
namespace Verification.Measures { internal static class FlatNamespace; }
namespace Verification.Periods { internal static class FlatNamespace; }
namespace Verification.Places { internal static class FlatNamespace; }
namespace Verification.Plugins { internal static class FlatNamespace; }
namespace Verification.Sources { internal static class FlatNamespace; }
namespace Verification.Subjects { internal static class FlatNamespace; }
namespace Verification.Validators { internal static class FlatNamespace; }
namespace Verification.Verdicts { internal static class FlatNamespace; }
namespace Verification.Extraction.Mentions { internal static class FlatNamespace; }
namespace Verification.Extraction.Text { internal static class FlatNamespace; }
#endif
