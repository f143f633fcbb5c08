using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Verification.Claims;
using Verification.Outputs.Evidence;
using Verification.Verdicts;

namespace Verification.Outputs.Html;

/// <summary>Writes results as one self-contained HTML page: the report's summary, a table of claims with verdict badges
/// and reasons, and for each claim its findings, its evidence and a chart of every source's figure on one axis.</summary>
/// <remarks>
/// <para>The page needs nothing but itself: its style sheet is inline, its charts are inline SVG written by the library,
/// and it has no script. Its content security policy forbids loading or running anything, so a page opened offline, or
/// mailed, shows the same. Each claim's row has the anchor <c>claim-ID</c>; its details open in a
/// <c>&lt;details&gt;</c> element, which browsers open and close without a script.</para>
/// <para>The page is laid out by Liquid templates (rendered with Fluid) built into the library: <c>report.liquid</c> (the
/// page), <c>claim.liquid</c> (one claim's row and details) and <c>styles.liquid</c> (the style sheet). A newsroom
/// replaces any of them without recompiling by putting a file of the same name in
/// <see cref="HtmlReportOptions.TemplateDirectory"/>. Every value the templates write is HTML-escaped, so that text from
/// input (subjects, quotes, source names) cannot add markup; only the library's own charts are written raw (with
/// <c>| raw</c>), their texts escaped when drawn.</para>
/// <para>The whole page is rendered before anything is written: a template that fails leaves the stream untouched.</para>
/// </remarks>
public static class HtmlReport
{
    // Escapes markup characters (and quotes, for attributes) but leaves letters of every script as they are.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Writes the page.</summary>
    /// <param name="result">The results.</param>
    /// <param name="evidence">The evidence claims the results name: their figures are charted and listed.</param>
    /// <param name="stream">Where to write the page, as UTF-8.</param>
    /// <param name="options">Templates, title, reviewer and clock; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    /// <exception cref="ReportTemplateException">A template cannot be read or parsed, or fails while rendering.</exception>
    /// <exception cref="ArgumentException">Two evidence claims share an id.</exception>
    public static async Task WriteAsync(ReportVerification result, IEnumerable<Claim> evidence, Stream stream, HtmlReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var page = await RenderAsync(result, evidence, options, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(page), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The page as a string.</summary>
    /// <param name="result">The results.</param>
    /// <param name="evidence">The evidence claims the results name: their figures are charted and listed.</param>
    /// <param name="options">Templates, title, reviewer and clock; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    /// <exception cref="ReportTemplateException">A template cannot be read or parsed, or fails while rendering.</exception>
    /// <exception cref="ArgumentException">Two evidence claims share an id.</exception>
    public static async Task<string> RenderAsync(ReportVerification result, IEnumerable<Claim> evidence, HtmlReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(evidence);
        options ??= new HtmlReportOptions();
        var byId = EvidenceLookup.ById(evidence);
        var templates = new ReportTemplates(options.TemplateDirectory);
        var parser = new FluidParser();

        // A newsroom's templates are parsed before anything renders, so that a mistake in one that the page happens not
        // to render is still reported, by file name.
        foreach (var name in templates.OwnTemplateNames())
        {
            await ParseAsync(parser, templates, name, cancellationToken).ConfigureAwait(false);
        }

        var page = await ParseAsync(parser, templates, ReportTemplates.Page, cancellationToken).ConfigureAwait(false);
        var templateOptions = new TemplateOptionsBuilder().WithFileProvider(templates).Build();
        var context = new TemplateContext(ReportPage.Model(result, byId, options), templateOptions);
        try
        {
            return await page.RenderAsync(context, Encoder, true).ConfigureAwait(false);
        }
        catch (FileNotFoundException e)
        {
            throw new ReportTemplateException(string.Empty, $"A template renders or includes '{e.Message}', which is neither in the template directory nor built in.", e);
        }
        catch (Exception e) when (e is ParseException or InvalidOperationException)
        {
            throw new ReportTemplateException(string.Empty, $"The report's templates failed to render: {e.Message}", e);
        }
    }

    private static async Task<IFluidTemplate> ParseAsync(FluidParser parser, ReportTemplates templates, string name, CancellationToken cancellationToken)
    {
        var text = await templates.ReadAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new ReportTemplateException(name, $"There is no template '{name}'.");
        return parser.TryParse(text, out var template, out var error)
            ? template
            : throw new ReportTemplateException(name, $"The template '{name}' is not valid Liquid: {error}");
    }
}
