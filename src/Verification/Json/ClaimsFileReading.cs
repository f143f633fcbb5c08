using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Verification.Claims;
using Verification.Figures;
using Verification.Input;
using Verification.Measures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
using Verification.Validators;

namespace Verification.Json;

/// <summary>One pass over a claims file: each claim read into the model and checked as it comes, every problem kept,
/// and nothing else held but what the checks need (the ids seen, for <c>id-duplicate</c>).</summary>
/// <remarks>The report's publication date bounds the claims' periods; a file that gives its <c>report</c> after its
/// claims has those claims' period ends kept until the report is read.</remarks>
internal sealed class ClaimsFileReading
{
    private readonly VerificationOptions _options;
    private readonly string? _sourceName;
    private readonly ClaimRecordRules _rules;
    private readonly List<(int Position, int Order, ClaimProblem Problem)> _problems = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<(int Position, string? Id, DateOnly End)> _periodsBeforeReport = [];
    private Report? _report;

    public ClaimsFileReading(VerificationOptions? options, string? sourceName)
    {
        _options = options ?? new VerificationOptions();
        _sourceName = sourceName;
        _rules = new ClaimRecordRules(_options.Figures);
    }

    /// <summary>The report as read (its claims left empty); one with only an id when the file has none.</summary>
    public Report Report => _report ?? new Report(FallbackId, []);

    /// <summary>The number of claims read.</summary>
    public int ClaimCount { get; private set; }

    /// <summary>Whether any problem has been found.</summary>
    public bool HasProblems => _problems.Count > 0;

    private string FallbackId => _sourceName is null ? "claims" : Path.GetFileNameWithoutExtension(_sourceName);

    /// <summary>The claims, in file order, as read; stops yielding at the first problem but reads on to find every one.
    /// When the enumeration ends, <see cref="ThrowIfProblems"/> tells whether the file was valid.</summary>
    public async IAsyncEnumerable<Claim> ReadAsync(Stream stream, bool synchronous, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var json = new ClaimsJsonReader(stream, _options.MaxInputBytes, synchronous);
        if (stream.CanSeek && stream.Length - stream.Position > _options.MaxInputBytes)
        {
            AddFileProblem("file", "file-too-large", $"the input is {ClaimsJsonReader.Describe(stream.Length - stream.Position)} long, over the limit of {ClaimsJsonReader.Describe(_options.MaxInputBytes)}; raise the limit (verify check --max-input-mb, VerificationOptions.MaxInputBytes) to read it.");
            yield break;
        }

        while (await json.NextClaimAsync(cancellationToken).ConfigureAwait(false) is { } document)
        {
            using (document)
            {
                if (_report is null && json.Report is { } header)
                {
                    ReadReport(header.RootElement);
                }

                var position = json.ClaimCount - 1;
                ClaimCount = json.ClaimCount;
                if (Read(document.RootElement, position) is { } claim && !HasProblems)
                {
                    yield return claim;
                }
            }
        }

        if (json.Stopped)
        {
            // Past a break in the JSON nothing can be read; the claims before it are not what the writer will fix.
            _problems.RemoveAll(p => p.Position >= 0);
        }

        foreach (var (field, code, message) in json.Problems)
        {
            AddFileProblem(field, code, message);
        }

        if (!json.Stopped)
        {
            if (_report is null && json.Report is { } header)
            {
                ReadReport(header.RootElement);
            }

            if (!json.HadClaims)
            {
                AddFileProblem("claims", "file-shape", "the file needs a \"claims\" array.");
            }

            CheckPeriodsBeforeReport();
        }
    }

    /// <summary>Throws when any problem was found: every one, file problems first, then by claim position.</summary>
    /// <exception cref="InvalidClaimsException">The problems.</exception>
    public void ThrowIfProblems()
    {
        if (_problems.Count > 0)
        {
            throw new InvalidClaimsException([.. _problems.OrderBy(p => p.Position).ThenBy(p => p.Order).Select(p => p.Problem)], _sourceName);
        }
    }

    private void AddFileProblem(string field, string code, string message) => Add(-1, new ClaimProblem(null, field, code, message));

    private void Add(int position, ClaimProblem problem) => _problems.Add((position, _problems.Count, problem));

    // One claim: its JSON read into a record, the record's rules, then the claim rules. Null when it does not read.
    private Claim? Read(JsonElement element, int position)
    {
        var record = ClaimRecordReader.Read(element, position);
        var failures = _rules.Validate(record);
        var before = _problems.Count;
        var problems = new List<ClaimProblem>();
        ReportRules.Add(problems, failures);
        foreach (var problem in problems)
        {
            Add(position, problem);
        }

        var claim = ToClaim(record);
        var published = _report?.Published;
        foreach (var rule in ClaimRule.All)
        {
            // A field that did not read (text that is not UTF-8, the wrong type) is reported once, not again as missing.
            if (problems.Exists(p => p.Field == rule.Field))
            {
                continue;
            }

            if (rule.ProblemWith(claim, published) is { } problem)
            {
                Add(position, Problem(claim.Id, position, rule.Field, rule.Code, problem));
            }
        }

        if (_report is null && claim.Period is { } period)
        {
            _periodsBeforeReport.Add((position, claim.Id, period.End));
        }

        if (!string.IsNullOrWhiteSpace(claim.Id))
        {
            if (_ids.TryGetValue(claim.Id, out var first))
            {
                Add(position, Problem(claim.Id, position, "id", "id-duplicate", $"the id is used again by claim #{position + 1}; it was first used by claim #{first + 1}."));
            }
            else
            {
                _ids[claim.Id] = position;
            }
        }

        return _problems.Count == before ? claim : null;
    }

    private static ClaimProblem Problem(string? id, int position, string field, string code, string problem)
    {
        var failure = ClaimRules.Failure(id, position, field, code, problem);
        return new ClaimProblem(ClaimLabels.Of(id, position), field, code, failure.ErrorMessage) { Position = position + 1 };
    }

    private void CheckPeriodsBeforeReport()
    {
        if (_report?.Published is not { } day)
        {
            return;
        }

        foreach (var (position, id, end) in _periodsBeforeReport)
        {
            if (end > day)
            {
                Add(position, Problem(id, position, ClaimRule.PeriodAfterPublication.Field, ClaimRule.PeriodAfterPublication.Code, $"it ends on {end:yyyy-MM-dd}, after the report was published on {day:yyyy-MM-dd}; a report cannot give a figure for a time still to come."));
            }
        }
    }

    private void ReadReport(JsonElement r)
    {
        _report = new Report(FallbackId, []);
        if (r.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (r.ValueKind != JsonValueKind.Object)
        {
            AddFileProblem("report", "field-type", "field 'report': expected an object.");
            return;
        }

        foreach (var name in DuplicateKeys.Of(r))
        {
            AddFileProblem($"report.{name}", "key-duplicate", $"field 'report.{name}': the report gives it more than once; a field may be given once.");
        }

        var report = new Report(ReportText(r, "id") ?? FallbackId, [])
        {
            Outlet = ReportText(r, "outlet"),
        };
        if (ReportText(r, "published") is { } published)
        {
            if (DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                report = report with { Published = day };
            }
            else
            {
                AddFileProblem("report.published", "report-published-unreadable", $"field 'report.published': '{Echo.Of(published)}' is not a date; expected YYYY-MM-DD.");
            }
        }

        if (ReportText(r, "url") is { } url)
        {
            // An absolute URL names its scheme: on Unix "/world/mosul" would otherwise read as a file URL.
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && url.TrimStart().StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase))
            {
                report = report with { Url = uri };
            }
            else
            {
                AddFileProblem("report.url", "report-url-unreadable", $"field 'report.url': '{Echo.Of(url)}' is not an absolute URL.");
            }
        }

        _report = report;
    }

    private string? ReportText(JsonElement report, string name)
    {
        if (!report.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            AddFileProblem($"report.{name}", "field-type", $"field 'report.{name}': expected a string.");
            return null;
        }

        if (!ClaimRecordReader.TryGetText(value, out var text))
        {
            AddFileProblem($"report.{name}", "text-invalid", $"field 'report.{name}': {ClaimRecordReader.InvalidText}");
        }

        return text;
    }

    // Reads a record into the model, leaving out what does not read (the record rules report it).
    private Claim ToClaim(ClaimRecord r)
    {
        Figure? figure = null;
        if (r.FigureIsObject)
        {
            if (!r.FigureHasBadNumber && r.FigureLow is { } low && low >= 0 && (r.FigureHigh is null || r.FigureHigh >= low))
            {
                figure = Figure.Interval(low, r.FigureHigh, r.FigureText);

                // A file this library wrote (verify extract, ClaimsFile.WriteAsync) gives the text with the interval it
                // reads to: the text's reading keeps what the bare interval cannot say (the hedge's stated numbers, an
                // open end), so the claim reads back as the figure it was.
                if (r.FigureText is { } text && Figure.TryParse(text, _options.Figures, out var read, out _)
                    && read.Low == figure.Low && read.High == figure.High)
                {
                    figure = read;
                }
            }
        }
        else if (r.FigureText is { } text && !text.TrimStart().StartsWith('-'))
        {
            Figure.TryParse(text, _options.Figures, out figure, out _);
        }

        return new Claim(r.Id ?? string.Empty, new Subject(r.Subject ?? string.Empty), figure, r.Source ?? string.Empty)
        {
            Place = r.Place is not null && Place.TryParse(r.Place, out var place) ? _options.Gazetteer.Complete(place) : null,
            Period = r.Period is null ? null : Period.TryParse(r.Period, out var period) ? period : null,
            DerivedFrom = [.. r.DerivedFrom],
            ReportedIn = r.ReportedIn,
            IsContested = r.Contested,
            Quote = r.Quote,
            Measure = ClaimRecordRules.MeasureOf(r.Measure),
            Coverage = ClaimRecordRules.CoverageOf(r.Coverage) ?? Coverage.Full,
            Metadata = r.Metadata,
        };
    }
}
