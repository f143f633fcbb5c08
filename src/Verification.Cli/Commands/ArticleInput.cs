using Verification.Json;
namespace Verification.Cli.Commands;

/// <summary>How <c>verify check</c> reads its first argument when it is an article rather than a claims file:
/// <c>verify check ARTICLE.txt --published YYYY-MM-DD [--outlet NAME] --evidence …</c>.</summary>
/// <param name="Published">The day the article was published.</param>
/// <param name="Outlet">The outlet that published it, if given.</param>
internal sealed record ArticleInput(DateOnly Published, string? Outlet)
{
    /// <summary>Extracts the article's claims (as <c>verify extract</c> does) into a claims document; on failure adds
    /// the problem (naming the file) and returns null.</summary>
    public async Task<ClaimsDocument?> ReadAsync(FileInfo article, List<string> problems, CancellationToken cancellationToken)
    {
        var (result, problem) = await ExtractCommand.ExtractAsync(article, Published, Outlet, id: null, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            problems.Add(problem!);
            return null;
        }

        return new ClaimsDocument(result.ToReport(), article.FullName);
    }
}
