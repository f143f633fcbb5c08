using System.Text.Json.Nodes;
using Verification.Claims;
using Verification.Evidence;
using Verification.Figures;
using Verification.Input;
using Verification.Json;
using Verification.Measures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.Tests.Json;

public sealed class ClaimsFileTests
{
    private static Claim ReadOne(JsonObject claim) => ClaimsJson.Read(ClaimsJson.File(claim)).Claims.Single();

    private static ClaimProblem SingleProblem(string json)
    {
        var problems = ClaimsJson.Problems(json);
        Assert.That(problems, Has.Count.EqualTo(1), () => string.Join(Environment.NewLine, problems));
        return problems[0];
    }

    private static JsonObject Figure(double? low, double? high = null, string? text = null)
    {
        var figure = new JsonObject();
        if (low is { } l)
        {
            figure["low"] = l;
        }

        if (high is { } h)
        {
            figure["high"] = h;
        }

        if (text is not null)
        {
            figure["text"] = text;
        }

        return figure;
    }

    // --- places ---

    [Test]
    public void Read_BareKnownPlace_IsCompletedFromTheGazetteer()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("place", "Mosul"));

        Assert.That(claim.Place!.Path, Is.EqualTo("Mosul, Nineveh, Iraq"));
    }

    [Test]
    public void Read_BareKnownPlaceWithEmptyGazetteer_IsKeptAsWritten()
    {
        var json = ClaimsJson.File(ClaimsJson.Claim().With("place", "Mosul"));

        var claim = ClaimsJson.Read(json, new VerificationOptions { Gazetteer = Gazetteer.Empty }).Claims.Single();

        Assert.That(claim.Place!.Path, Is.EqualTo("Mosul"));
    }

    [TestCase("Mosul and surrounding areas")]
    [TestCase("greater Mosul")]
    [TestCase("around Mosul, Iraq")]
    [TestCase("Mosul area")]
    public void Read_ApproximatePlace_IsThePlaceApproximatelyCompletedFromTheGazetteer(string written)
    {
        var claim = ReadOne(ClaimsJson.Claim().With("place", written));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Place!.IsApproximate, Is.True);
            Assert.That(claim.Place.Name, Is.EqualTo("Mosul"));
            Assert.That(claim.Place.Path, Does.EndWith(", Nineveh, Iraq"));
            Assert.That(claim.Place.RelationTo(Place.Parse("Mosul, Iraq")), Is.EqualTo(PlaceRelation.Same));
        }
    }

    [Test]
    public async Task VerifyAsync_ApproximatePlaceReadFromAClaimsFile_IsComparedAsThePlace()
    {
        var claims = ClaimsJson.Read(ClaimsJson.File(ClaimsJson.Claim("c1").With("place", "Mosul and its surroundings").With("figure", "about 270,000")));
        using var evidence = ClaimsJson.Stream(ClaimsJson.File(ClaimsJson.Claim("e1").With("place", "Mosul, Iraq").With("figure", "255,000").With("source", "IOM")));
        var verifier = Verifiers.With([new global::Verification.Validators.FigureAgreementValidator()], [JsonEvidence.FromStream(evidence)]);

        var result = await verifier.VerifyAsync(claims.Report);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Claims[0].Verdict, Is.EqualTo(Verdict.Corroborated));
            Assert.That(result.Claims[0].Supporting, Is.EqualTo(new[] { "e1" }));
        }
    }

    // --- figures ---

    [Test]
    public void Read_FigureAsText_IsReadByTheFigureRules()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("figure", "about 270,000"));

        Assert.That(claim.Figure, Is.EqualTo(Verification.Figures.Figure.Parse("about 270,000")));
    }

    [Test]
    public void Read_FigureAsText_KeepsTheText()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("figure", "about 270,000"));

        Assert.That(claim.Figure!.Text, Is.EqualTo("about 270,000"));
    }

    [Test]
    public void Read_FigureAsJsonNumber_IsReadAsText()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("figure", 340000));

        Assert.That(claim.Figure, Is.EqualTo(Verification.Figures.Figure.Parse("340000")));
    }

    [Test]
    public void Read_FigureObjectWithLowAndHigh_IsThatInterval()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("figure", Figure(105, 141)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Figure!.Low, Is.EqualTo(105));
            Assert.That(claim.Figure.High, Is.EqualTo(141));
        }
    }

    [Test]
    public void Read_FigureObjectWithLowOnly_HasNoUpperBound()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("figure", Figure(440)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Figure!.Low, Is.EqualTo(440));
            Assert.That(claim.Figure.IsUnbounded, Is.True);
        }
    }

    [Test]
    public void Read_FigureObjectWithNullHigh_HasNoUpperBound()
    {
        var figure = Figure(440);
        figure["high"] = null;

        var claim = ReadOne(ClaimsJson.Claim().With("figure", figure));

        Assert.That(claim.Figure!.IsUnbounded, Is.True);
    }

    [Test]
    public void Read_FigureObjectWithText_KeepsTheText()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("figure", Figure(0, 240, "as many as 240")));

        Assert.That(claim.Figure!.Text, Is.EqualTo("as many as 240"));
    }

    [Test]
    public void Read_FigureObjectWhoseTextReadsToItsInterval_IsTheTextsReading()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("figure", Figure(243_000, 297_000, "about 270,000")));

        Assert.That(claim.Figure, Is.EqualTo(Verification.Figures.Figure.Parse("about 270,000")));
        Assert.That(claim.Figure!.Kind, Is.EqualTo(Verification.Figures.FigureKind.Hedged));
    }

    [Test]
    public void Read_FigureObjectWithOpenEndedText_KeepsTheOpenEnd()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("figure", Figure(340, null, "more than 340")));

        Assert.That(claim.Figure!.LowInclusive, Is.False);
    }

    [Test]
    public void Read_FigureObjectWhoseTextReadsToAnotherInterval_IsTheIntervalAsGiven()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("figure", Figure(250_000, 290_000, "about 270,000")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Figure!.Kind, Is.EqualTo(Verification.Figures.FigureKind.Interval));
            Assert.That((claim.Figure.Low, claim.Figure.High), Is.EqualTo((250_000d, 290_000d)));
            Assert.That(claim.Figure.Text, Is.EqualTo("about 270,000"));
        }
    }

    [Test]
    public void Read_NoFigure_HasNullFigure()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("figure", null));

        Assert.That(claim.Figure, Is.Null);
    }

    [Test]
    public void Read_CustomHedgeTolerance_WidensHedgedFigures()
    {
        var options = new VerificationOptions { Figures = FigureOptions.Default with { HedgeTolerance = 0.2 } };

        var claim = ClaimsJson.Read(ClaimsJson.File(ClaimsJson.Claim().With("figure", "about 105")), options).Claims.Single();

        Assert.That(claim.Figure!.Low, Is.EqualTo(84).Within(0.001));
    }

    // --- other fields ---

    [Test]
    public void Read_AllFields_AreReadIntoTheClaim()
    {
        var json = ClaimsJson.Claim("c7")
            .With("derivedFrom", new JsonArray("UNHCR"))
            .With("source", "The Independent")
            .With("reportedIn", "The Independent, 25 March 2017")
            .With("contested", true)
            .With("quote", "leaving about 270,000 displaced");

        var claim = ReadOne(json);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Id, Is.EqualTo("c7"));
            Assert.That(claim.Subject, Is.EqualTo(new Subject("people displaced")));
            Assert.That(claim.Place, Is.EqualTo(Place.Parse("Mosul, Nineveh, Iraq")), "completed from the gazetteer");
            Assert.That(claim.Period, Is.EqualTo(Period.Parse("2017-03-20")));
            Assert.That(claim.Source, Is.EqualTo("The Independent"));
            Assert.That(claim.DerivedFrom, Is.EqualTo(new[] { "UNHCR" }));
            Assert.That(claim.ReportedIn, Is.EqualTo("The Independent, 25 March 2017"));
            Assert.That(claim.IsContested, Is.True);
            Assert.That(claim.Quote, Is.EqualTo("leaving about 270,000 displaced"));
        }
    }

    [Test]
    public void Read_DerivedFromAsOneString_IsAListOfOne()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("derivedFrom", "UNHCR"));

        Assert.That(claim.DerivedFrom, Is.EqualTo(new[] { "UNHCR" }));
    }

    [Test]
    public void Read_OptionalFieldsLeftOut_TakeTheirDefaults()
    {
        var json = new JsonObject { ["id"] = "c1", ["subject"] = "people displaced", ["source"] = "UNHCR" };

        var claim = ReadOne(json);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim.Figure, Is.Null);
            Assert.That(claim.Place, Is.Null);
            Assert.That(claim.Period, Is.Null);
            Assert.That(claim.DerivedFrom, Is.Empty);
            Assert.That(claim.ReportedIn, Is.Null);
            Assert.That(claim.IsContested, Is.False);
            Assert.That(claim.Quote, Is.Null);
            Assert.That(claim.Metadata, Is.Empty);
        }
    }

    [Test]
    public void Read_UnknownFields_AreKeptAsRawJsonMetadata()
    {
        var json = ClaimsJson.Claim().With("confidence", 0.8).With("tags", new JsonArray("airstrike", "west")).With("desk", "Middle East");

        var claim = ReadOne(json);

        Assert.That(claim.Metadata, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["confidence"] = "0.8",
            ["tags"] = "[\"airstrike\",\"west\"]",
            ["desk"] = "\"Middle East\"",
        }));
    }

    [Test]
    public void Read_ClaimsInFileOrder()
    {
        var document = ClaimsJson.Read(ClaimsJson.File(ClaimsJson.Claim("c2"), ClaimsJson.Claim("c1"), ClaimsJson.Claim("c3")));

        Assert.That(document.Claims.Select(c => c.Id), Is.EqualTo(new[] { "c2", "c1", "c3" }));
    }

    [Test]
    public void Read_ReportObject_IsReadIntoTheReport()
    {
        var json = new JsonObject
        {
            ["report"] = new JsonObject { ["id"] = "independent-2017-03-25", ["outlet"] = "The Independent", ["published"] = "2017-03-25", ["url"] = "https://example.org/mosul" },
            ["claims"] = new JsonArray(ClaimsJson.Claim()),
        }.ToJsonString();

        var report = ClaimsJson.Read(json).Report;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Id, Is.EqualTo("independent-2017-03-25"));
            Assert.That(report.Outlet, Is.EqualTo("The Independent"));
            Assert.That(report.Published, Is.EqualTo(new DateOnly(2017, 3, 25)));
            Assert.That(report.Url, Is.EqualTo(new Uri("https://example.org/mosul")));
        }
    }

    [Test]
    public void Read_NoReportObject_ReportHasOnlyAnId()
    {
        var json = new JsonObject { ["claims"] = new JsonArray(ClaimsJson.Claim()) }.ToJsonString();

        var report = ClaimsJson.Read(json).Report;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Id, Is.Not.Empty);
            Assert.That(report.Published, Is.Null);
            Assert.That(report.Claims, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public void Read_CommentsAndTrailingCommas_AreAllowed()
    {
        const string json = """
            {
              // the claims
              "claims": [ { "id": "c1", "subject": "people displaced", "source": "UNHCR", }, ],
            }
            """;

        var document = ClaimsJson.Read(json);

        Assert.That(document.Claims, Has.Count.EqualTo(1));
    }

    [Test]
    public void Read_Path_NamesTheReportAfterTheFileAndKeepsThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claims-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, new JsonObject { ["claims"] = new JsonArray(ClaimsJson.Claim()) }.ToJsonString());
        try
        {
            var document = ClaimsFile.Read(path);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(document.Path, Is.EqualTo(path));
                Assert.That(document.Report.Id, Is.EqualTo(Path.GetFileNameWithoutExtension(path)));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task ReadAsync_Path_ReadsTheClaims()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claims-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, ClaimsJson.File(ClaimsJson.Claim("c1"), ClaimsJson.Claim("c2")));
        try
        {
            var document = await ClaimsFile.ReadAsync(path);

            Assert.That(document.Claims.Select(c => c.Id), Is.EqualTo(new[] { "c1", "c2" }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task ReadAsync_InvalidFile_ThrowsWithThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claims-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, ClaimsJson.File(ClaimsJson.Claim().With("subject", null)));
        try
        {
            await Assert.ThatAsync(() => ClaimsFile.ReadAsync(path), Throws.TypeOf<InvalidClaimsException>().With.Property(nameof(InvalidClaimsException.InputSource)).EqualTo(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // --- problems, one at a time ---

    [Test]
    public void TryRead_ValidFile_ReturnsTheDocumentAndNoProblems()
    {
        using var stream = ClaimsJson.Stream(ClaimsJson.File(ClaimsJson.Claim()));

        var ok = ClaimsFile.TryRead(stream, null, out var document, out var problems);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ok, Is.True);
            Assert.That(document!.Claims, Has.Count.EqualTo(1));
            Assert.That(problems, Is.Empty);
        }
    }

    [Test]
    public void TryRead_InvalidFile_ReturnsNoDocument()
    {
        using var stream = ClaimsJson.Stream(ClaimsJson.File(ClaimsJson.Claim().With("subject", null)));

        var ok = ClaimsFile.TryRead(stream, null, out var document, out _);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ok, Is.False);
            Assert.That(document, Is.Null);
        }
    }

    [Test]
    public void Read_MissingSubject_IsSubjectMissing()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1").With("subject", null)));

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = "c1", Field = "subject", Code = "subject-missing" }));
    }

    [Test]
    public void Read_LowAboveHigh_IsFigureInverted()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1").With("figure", Figure(141, 105))));

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = "c1", Field = "figure", Code = "figure-inverted" }));
    }

    [Test]
    public void Read_LowAboveHigh_MessageGivesBothNumbers()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1").With("figure", Figure(141, 105))));

        Assert.That(problem.Message, Does.Contain("claim 1 (id 'c1')").And.Contain("'figure'").And.Contain("141").And.Contain("105"));
    }

    [Test]
    public void Read_NegativeFigureText_IsFigureNegative()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1").With("figure", "-5")));

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = "c1", Field = "figure", Code = "figure-negative" }));
    }

    [Test]
    public void Read_NegativeFigureObject_IsFigureNegative()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1").With("figure", Figure(-5, 10))));

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = "c1", Field = "figure", Code = "figure-negative" }));
    }

    [Test]
    public void Read_FigureObjectWithoutLow_IsFigureLowMissing()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1").With("figure", Figure(null, 10))));

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = "c1", Field = "figure", Code = "figure-low-missing" }));
    }

    [Test]
    public void Read_PeriodEndingAfterPublication_IsPeriodAfterPublication()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1").With("period", "2017-03-26")));

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = "c1", Field = "period", Code = "period-after-publication" }));
    }

    [Test]
    public void Read_PeriodEndingOnPublicationDay_IsAccepted()
    {
        var problems = ClaimsJson.Problems(ClaimsJson.File(ClaimsJson.Claim("c1").With("period", "2016-10-17/2017-03-25")));

        Assert.That(problems, Is.Empty);
    }

    [TestCase("")]
    [TestCase("  ")]
    [TestCase(null)]
    public void Read_EmptyOrMissingSource_IsSourceMissing(string? source)
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1").With("source", source ?? (JsonNode?)null)));

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = "c1", Field = "source", Code = "source-missing" }));
    }

    [Test]
    public void Read_EmptyDerivedFromName_IsDerivedFromEmpty()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1").With("derivedFrom", new JsonArray("UNHCR", ""))));

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = "c1", Field = "derivedFrom", Code = "derived-from-empty" }));
    }

    [Test]
    public void Read_DuplicateId_IsIdDuplicate()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1"), ClaimsJson.Claim("c1")));

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = "c1", Field = "id", Code = "id-duplicate" }));
    }

    [Test]
    public void Read_DuplicateId_MessageNamesBothPositions()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1"), ClaimsJson.Claim("c2"), ClaimsJson.Claim("c1")));

        Assert.That(problem.Message, Does.Contain("#3").And.Contain("#1"));
    }

    [Test]
    public void Read_MissingId_IsLabelledByPosition()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1"), ClaimsJson.Claim().With("id", null)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem, Is.EqualTo(problem with { ClaimId = "#2", Field = "id", Code = "id-missing" }));
            Assert.That(problem.Message, Does.Contain("claim 2 (no id)"));
        }
    }

    [Test]
    public void Read_UnreadableFigure_IsFigureUnreadable()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1").With("figure", "a great many")));

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = "c1", Field = "figure", Code = "figure-unreadable" }));
    }

    [Test]
    public void Read_UnreadablePlace_IsPlaceUnreadable()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1").With("place", "Mosul,, Iraq")));

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = "c1", Field = "place", Code = "place-unreadable" }));
    }

    [Test]
    public void Read_UnreadablePeriod_IsPeriodUnreadable()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim("c1").With("period", "mid-February")));

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = "c1", Field = "period", Code = "period-unreadable" }));
    }

    [TestCase("id")]
    [TestCase("subject")]
    [TestCase("place")]
    [TestCase("period")]
    [TestCase("source")]
    [TestCase("quote")]
    [TestCase("reportedIn")]
    [TestCase("contested")]
    [TestCase("derivedFrom")]
    [TestCase("figure")]
    public void Read_FieldOfWrongJsonType_IsFieldType(string field)
    {
        JsonNode wrong = field == "figure" ? true : new JsonObject { ["text"] = "not this" };

        var problems = ClaimsJson.Problems(ClaimsJson.File(ClaimsJson.Claim("c1").With(field, wrong)));

        var claimId = field == "id" ? "#1" : "c1";
        Assert.That(problems.Select(p => (p.ClaimId, p.Field, p.Code)), Has.Member((claimId, field, "field-type")));
    }

    [Test]
    public void Read_FigureLowOfWrongJsonType_IsFieldTypeOfFigureLow()
    {
        var problems = ClaimsJson.Problems(ClaimsJson.File(ClaimsJson.Claim("c1").With("figure", new JsonObject { ["low"] = "105" })));

        Assert.That(problems.Select(p => (p.ClaimId, p.Field, p.Code)), Has.Member(("c1", "figure.low", "field-type")));
    }

    [Test]
    public void Read_ClaimThatIsNotAnObject_IsFieldTypeLabelledByPosition()
    {
        var problems = ClaimsJson.Problems(ClaimsJson.File(ClaimsJson.Claim("c1"), "c2"));

        Assert.That(problems.Select(p => (p.ClaimId, p.Field, p.Code)), Has.Member(("#2", "claim", "field-type")));
    }

    [Test]
    public void Read_InvalidJson_IsJsonInvalid()
    {
        var problem = SingleProblem("{ \"claims\": [ { \"id\": \"c1\", } ");

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = null, Field = "file", Code = "json-invalid" }));
    }

    [Test]
    public void Read_InvalidJson_MessageGivesThePosition()
    {
        var problem = SingleProblem("{ \"claims\": [ { \"id\": \"c1\", } ");

        Assert.That(problem.Message, Does.Contain("not valid JSON").And.Contain("LineNumber"));
    }

    [Test]
    public void Read_NoClaimsArray_IsFileShape()
    {
        var problem = SingleProblem("{ \"report\": { \"id\": \"r1\" } }");

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = null, Field = "claims", Code = "file-shape" }));
    }

    [Test]
    public void Read_ClaimsNotAnArray_IsFileShape()
    {
        var problem = SingleProblem("{ \"claims\": { \"id\": \"c1\" } }");

        Assert.That(problem.Code, Is.EqualTo("file-shape"));
    }

    [Test]
    public void Read_RootNotAnObject_IsFileShape()
    {
        var problem = SingleProblem("[ { \"id\": \"c1\" } ]");

        Assert.That(problem.Code, Is.EqualTo("file-shape"));
    }

    [Test]
    public void Read_UnreadablePublicationDate_IsReportPublishedUnreadable()
    {
        var json = new JsonObject { ["report"] = new JsonObject { ["published"] = "25 March 2017" }, ["claims"] = new JsonArray(ClaimsJson.Claim()) }.ToJsonString();

        var problem = SingleProblem(json);

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = null, Field = "report.published", Code = "report-published-unreadable" }));
    }

    [Test]
    public void Read_RelativeReportUrl_IsReportUrlUnreadable()
    {
        var json = new JsonObject { ["report"] = new JsonObject { ["url"] = "/world/mosul" }, ["claims"] = new JsonArray(ClaimsJson.Claim()) }.ToJsonString();

        var problem = SingleProblem(json);

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = null, Field = "report.url", Code = "report-url-unreadable" }));
    }

    [Test]
    public void Read_ReportIdOfWrongJsonType_IsFieldType()
    {
        var json = new JsonObject { ["report"] = new JsonObject { ["id"] = 7 }, ["claims"] = new JsonArray(ClaimsJson.Claim()) }.ToJsonString();

        var problem = SingleProblem(json);

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = null, Field = "report.id", Code = "field-type" }));
    }

    [Test]
    public void Read_ReportNotAnObject_IsFieldType()
    {
        var json = new JsonObject { ["report"] = "r1", ["claims"] = new JsonArray(ClaimsJson.Claim()) }.ToJsonString();

        var problem = SingleProblem(json);

        Assert.That(problem, Is.EqualTo(problem with { ClaimId = null, Field = "report", Code = "field-type" }));
    }

    // --- every problem at once ---

    [Test]
    public void Read_SeveralBadClaims_ListsEveryProblemInFileOrder()
    {
        var json = ClaimsJson.File(
            ClaimsJson.Claim("c1").With("subject", null),
            ClaimsJson.Claim("c2"),
            ClaimsJson.Claim("c3").With("figure", Figure(141, 105)).With("source", ""),
            ClaimsJson.Claim().With("id", null).With("period", "2017-04"),
            ClaimsJson.Claim("c2"));

        var problems = ClaimsJson.Problems(json);

        Assert.That(problems.Select(p => (p.ClaimId, p.Field, p.Code)), Is.EqualTo(new[]
        {
            ("c1", "subject", "subject-missing"),
            ("c3", "figure", "figure-inverted"),
            ("c3", "source", "source-missing"),
            ("#4", "id", "id-missing"),
            ("#4", "period", "period-after-publication"),
            ("c2", "id", "id-duplicate"),
        }));
    }

    [Test]
    public void Read_TwoClaimsGivenOneId_ProblemsAreInClaimOrderAndNameThePosition()
    {
        var json = ClaimsJson.File(
            ClaimsJson.Claim("a").With("subject", null),
            ClaimsJson.Claim("b"),
            ClaimsJson.Claim("a").With("figure", "many"),
            ClaimsJson.Claim("c").With("source", ""));

        var problems = ClaimsJson.Problems(json);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems.Select(p => (p.Position, p.Code)), Is.EqualTo(new (int?, string)[] { (1, "subject-missing"), (3, "figure-unreadable"), (3, "id-duplicate"), (4, "source-missing") }));
            Assert.That(problems[0].Message, Does.StartWith("claim 1 (id 'a'), field 'subject': "));
            Assert.That(problems[1].Message, Does.StartWith("claim 3 (id 'a'), field 'figure': "));
        }
    }

    [Test]
    public void Read_FileProblem_HasNoPosition()
    {
        var problem = SingleProblem("{ \"report\": { \"id\": \"r1\" } }");

        Assert.That(problem.Position, Is.Null);
    }

    [Test]
    public void Read_SeveralBadClaims_ExceptionMessageListsEveryProblem()
    {
        var json = ClaimsJson.File(ClaimsJson.Claim("c1").With("subject", null), ClaimsJson.Claim("c2").With("figure", "-3"), ClaimsJson.Claim("c3").With("place", ","));

        var e = Assert.Throws<InvalidClaimsException>(() => ClaimsJson.Read(json))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(e.Message, Does.Contain("3 problems"));
            Assert.That(e.Problems, Has.Count.EqualTo(3));
            foreach (var problem in e.Problems)
            {
                Assert.That(e.Message, Does.Contain(problem.Message));
            }
        }
    }

    [Test]
    public void Read_FileAndClaimProblems_FileProblemsComeFirst()
    {
        var json = new JsonObject { ["report"] = new JsonObject { ["published"] = "someday" }, ["claims"] = new JsonArray(ClaimsJson.Claim("c1").With("subject", null)) }.ToJsonString();

        var problems = ClaimsJson.Problems(json);

        Assert.That(problems.Select(p => p.Code), Is.EqualTo(new[] { "report-published-unreadable", "subject-missing" }));
    }

    // --- measure and coverage ---

    [TestCase("incident", Measure.Incident)]
    [TestCase("stock", Measure.Stock)]
    [TestCase("total", Measure.Total)]
    [TestCase("Projection", Measure.Projection)]
    public void Read_Measure_IsStatedOnTheClaim(string text, Measure measure)
    {
        Assert.That(ReadOne(ClaimsJson.Claim().With("measure", text)).Measure, Is.EqualTo(measure));
    }

    [Test]
    public void Read_NoMeasure_LeavesItToBeInferred()
    {
        Assert.That(ReadOne(ClaimsJson.Claim()).Measure, Is.Null);
    }

    [Test]
    public void Read_UnknownMeasure_IsAProblemNamingTheField()
    {
        var problem = SingleProblem(ClaimsJson.File(ClaimsJson.Claim().With("measure", "snapshot")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.Code, Is.EqualTo("measure-unknown"));
            Assert.That(problem.Field, Is.EqualTo("measure"));
            Assert.That(problem.Message, Does.Contain("claim 1 (id 'c1')").And.Contain("incident, stock, total or projection"));
        }
    }

    [TestCase("partial", Coverage.Partial)]
    [TestCase("full", Coverage.Full)]
    public void Read_Coverage_IsOnTheClaim(string text, Coverage coverage)
    {
        Assert.That(ReadOne(ClaimsJson.Claim().With("coverage", text)).Coverage, Is.EqualTo(coverage));
    }

    [Test]
    public void Read_NoCoverage_IsFull()
    {
        Assert.That(ReadOne(ClaimsJson.Claim()).Coverage, Is.EqualTo(Coverage.Full));
    }

    [Test]
    public void Read_UnknownCoverage_IsAProblem()
    {
        Assert.That(SingleProblem(ClaimsJson.File(ClaimsJson.Claim().With("coverage", "most"))).Code, Is.EqualTo("coverage-unknown"));
    }

    [Test]
    public void Read_MeasureAndCoverage_AreNotKeptAsMetadata()
    {
        var claim = ReadOne(ClaimsJson.Claim().With("measure", "stock").With("coverage", "partial"));

        Assert.That(claim.Metadata.Keys, Has.None.EqualTo("measure").And.None.EqualTo("coverage"));
    }
}
