using Fluid;

namespace Verification.Outputs.Html;

/// <summary>The HTML report's Liquid templates: a newsroom's directory first, then the ones built into this assembly.</summary>
internal sealed class ReportTemplates : ITemplateFileProvider
{
    /// <summary>The page template, which renders the others.</summary>
    public const string Page = "report.liquid";

    /// <summary>The names of the built-in templates.</summary>
    public static readonly IReadOnlyList<string> BuiltIn = ["report.liquid", "claim.liquid", "styles.liquid"];

    private const string ResourcePrefix = "Verification.Html.Templates.";
    private readonly string? _directory;

    /// <summary>Templates from <paramref name="directory"/>, falling back to the built-in ones.</summary>
    /// <param name="directory">The newsroom's template directory; null for the built-in templates only.</param>
    /// <exception cref="ReportTemplateException">The directory does not exist.</exception>
    public ReportTemplates(string? directory)
    {
        if (directory is not null)
        {
            var full = Path.GetFullPath(directory);
            if (!Directory.Exists(full))
            {
                throw new ReportTemplateException(string.Empty, $"The template directory '{directory}' does not exist.");
            }

            _directory = full;
        }
    }

    /// <summary>A template's text: the directory's file of that name, else the built-in one; null when neither exists.</summary>
    /// <param name="name">The template's file name, as a template names it ("claim" or "claim.liquid").</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ReportTemplateException">The directory's file cannot be read.</exception>
    public async ValueTask<string?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        if (OwnFile(name) is { } path)
        {
            try
            {
                return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ReportTemplateException(Path.GetFileName(path), $"The template '{path}' cannot be read: {e.Message}", e);
            }
        }

        var stream = typeof(ReportTemplates).Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The template files of the directory (<c>*.liquid</c>); none without a directory.</summary>
    public IEnumerable<string> OwnTemplateNames() =>
        _directory is null ? [] : Directory.EnumerateFiles(_directory, "*.liquid").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    /// <inheritdoc />
    public async ValueTask<TemplateSourceInfo> GetFileInfoAsync(string subpath, TemplateContext context, CancellationToken cancellationToken)
    {
        var text = await ReadAsync(subpath, cancellationToken).ConfigureAwait(false);

        // Fluid asks for the name as written, then with ".liquid" appended; null says "not this one".
        return text is null
            ? null!
            : new TemplateSourceInfo(DateTimeOffset.UnixEpoch, _ => ValueTask.FromResult<Stream>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))), "report-template:" + (_directory ?? string.Empty) + "|" + subpath);
    }

    // The directory's file of that name; null when there is no directory, no such file, or the name leaves the directory.
    private string? OwnFile(string name)
    {
        if (_directory is null || name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0 || name is "." or "..")
        {
            return null;
        }

        var path = Path.Combine(_directory, name);
        return File.Exists(path) ? path : null;
    }
}
