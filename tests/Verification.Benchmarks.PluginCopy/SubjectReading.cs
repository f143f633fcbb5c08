namespace Verification.Benchmarks.PluginCopy;

/// <summary>How what a claim counts was read, for what its findings say of it.</summary>
internal enum SubjectReading : byte
{
    /// <summary>The subject vocabulary read the subject.</summary>
    Vocabulary,

    /// <summary>The vocabulary could not read it: subjects were compared by their words.</summary>
    Words,

    /// <summary>The subject names only a kind of figure ("official figure"); what is counted was read from the quote.</summary>
    Quote,
}
