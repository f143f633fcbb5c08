using System.Runtime.CompilerServices;

// The loading tests check the compatibility and sharing rules directly, not only through loaded plugins.
[assembly: InternalsVisibleTo("Verification.PluginLoading.Tests")]
