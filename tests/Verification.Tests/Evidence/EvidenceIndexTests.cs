using Verification.Claims;
using Verification.Evidence;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;
using Verification.Validators;

namespace Verification.Tests.Evidence;

public sealed class EvidenceIndexTests
{
    private static readonly VerificationOptions Options = new();

    private static List<string> Find(IEnumerable<Claim> evidence, Claim claim) =>
        [.. new EvidenceIndex([.. evidence], Options).Find(EvidenceQuery.For(claim, Options)).Select(c => c.Id)];

    // --- subject ---

    [Test]
    public void Find_SameSubject_FindsEvidence()
    {
        var found = Find([Claims.Of("e1")], Claims.Of("c1"));

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void Find_NarrowerCountAtWiderPlace_IsLeftOut()
    {
        // Children killed in Iraq are neither civilians killed in Mosul nor a part of them; in Mosul they are a part.
        var evidence = new[]
        {
            Claims.Of("e1", subject: "children killed", place: "Iraq"),
            Claims.Of("e2", subject: "children killed", place: "Mosul, Iraq"),
        };

        var found = Find(evidence, Claims.Of("c1", subject: "civilians killed", place: "Mosul, Iraq"));

        Assert.That(found, Is.EqualTo(new[] { "e2" }));
    }

    [Test]
    public void Find_SynonymSubject_FindsEvidence()
    {
        var found = Find([Claims.Of("e1", subject: "civilians killed")], Claims.Of("c1", subject: "civilian deaths"));

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void Find_OtherSubject_FindsNothing()
    {
        var found = Find([Claims.Of("e1", subject: "people returned")], Claims.Of("c1", subject: "people displaced"));

        Assert.That(found, Is.Empty);
    }

    [Test]
    public void Find_SubjectOutsideCustomSynonymTable_FindsNothing()
    {
        var options = new VerificationOptions { Subjects = SubjectVocabulary.Empty };
        var index = new EvidenceIndex([Claims.Of("e1", subject: "civilians killed")], options);

        var found = index.Find(EvidenceQuery.For(Claims.Of("c1", subject: "civilian deaths"), options));

        Assert.That(found, Is.Empty);
    }

    // --- place ---

    [Test]
    public void Find_SamePlaceThroughAlias_FindsEvidence()
    {
        var found = Find([Claims.Of("e1", place: "al-Mawsil, Republic of Iraq")], Claims.Of("c1", place: "Mosul, Iraq"));

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void Find_SamePlaceWithSkippedLevel_FindsEvidence()
    {
        var found = Find([Claims.Of("e1", place: "Mosul, Nineveh, Iraq")], Claims.Of("c1", place: "Mosul, Iraq"));

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void Find_PlaceInsideClaimsPlace_FindsEvidence()
    {
        var found = Find([Claims.Of("e1", place: "al-Jadida, West Mosul, Mosul, Iraq")], Claims.Of("c1", place: "Mosul, Iraq"));

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void Find_PlaceContainingClaimsPlace_FindsEvidence()
    {
        var found = Find([Claims.Of("e1", place: "Iraq")], Claims.Of("c1", place: "al-Jadida, West Mosul, Mosul, Iraq"));

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void Find_IntermediateContainingPlace_FindsEvidence()
    {
        var found = Find([Claims.Of("e1", place: "Mosul, Nineveh, Iraq")], Claims.Of("c1", place: "al-Jadida, West Mosul, Mosul, Iraq"));

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void Find_UnrelatedPlace_FindsNothing()
    {
        var found = Find([Claims.Of("e1", place: "Raqqa, Syria")], Claims.Of("c1", place: "Mosul, Iraq"));

        Assert.That(found, Is.Empty);
    }

    [Test]
    public void Find_SameNameOnConflictingPath_FindsNothing()
    {
        var found = Find([Claims.Of("e1", place: "Jadida, Baghdad, Iraq")], Claims.Of("c1", place: "Jadida, West Mosul, Mosul, Iraq"));

        Assert.That(found, Is.Empty);
    }

    [Test]
    public void Find_ContainingNameOnConflictingPath_FindsNothing()
    {
        var found = Find([Claims.Of("e1", place: "Mosul, Syria")], Claims.Of("c1", place: "West Mosul, Mosul, Iraq"));

        Assert.That(found, Is.Empty);
    }

    [Test]
    public void Find_InsideNameOnConflictingPath_FindsNothing()
    {
        var found = Find([Claims.Of("e1", place: "West Mosul, Mosul, Syria")], Claims.Of("c1", place: "Mosul, Iraq"));

        Assert.That(found, Is.Empty);
    }

    [Test]
    public void Find_PathRepeatingAName_ReturnsEachClaimOnce()
    {
        // A city in a governorate of the same name: "Raqqa, Raqqa, Syria".
        var found = Find([Claims.Of("e1", place: "Raqqa, Raqqa, Syria")], Claims.Of("c1", place: "Raqqa, Raqqa, Syria"));

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    // --- described areas ---

    [Test]
    public void Find_PlaceInsideAnAreasPlace_FindsTheArea()
    {
        var found = Find([Claims.Of("e1", place: "northern French coast, France")], Claims.Of("c1", place: "Calais, Pas-de-Calais, France"));

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void Find_DescribedArea_FindsPlacesInsideItsPlaceItsPlaceAndOtherAreas()
    {
        var found = Find(
            [
                Claims.Of("e1", place: "Calais, France"),
                Claims.Of("e2", place: "Teteghem, Nord, France"),
                Claims.Of("e3", place: "France"),
                Claims.Of("e4", place: "the border area, France"),
                Claims.Of("e5", place: "northern French coast, France"),
                Claims.Of("e6", place: "the north, Nord, France"),
                Claims.Of("e7", place: "Dover, United Kingdom"),
            ],
            Claims.Of("c1", place: "northern French coast, France"));

        Assert.That(found, Is.EquivalentTo(new[] { "e1", "e2", "e3", "e4", "e5", "e6" }));
    }

    [Test]
    public void Find_PlaceInsideANamedArea_FindsAreasOfEachContainingPlaceOnce()
    {
        var found = Find(
            [Claims.Of("e1", place: "the north, Idlib, Syria"), Claims.Of("e2", place: "rebel-held areas, Syria"), Claims.Of("e3", place: "the north, Aleppo, Syria")],
            Claims.Of("c1", place: "Khan Shaykhun, Idlib, Syria"));

        Assert.That(found, Is.EquivalentTo(new[] { "e1", "e2" }));
    }

    [Test]
    public void Find_ClaimWithoutPlace_FindsOnlyEvidenceWithoutPlace()
    {
        var found = Find([Claims.Of("e1", place: null), Claims.Of("e2", place: "Mosul, Iraq"), Claims.Of("e3", place: "Iraq")], Claims.Of("c1", place: null));

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void Find_ClaimWithPlace_DoesNotFindEvidenceWithoutPlace()
    {
        var found = Find([Claims.Of("e1", place: null)], Claims.Of("c1", place: "Mosul, Iraq"));

        Assert.That(found, Is.Empty);
    }

    // --- period ---

    // The margin is the same-time window (7 days): snapshots a day apart compare without sharing a day.
    [TestCase("2017-03-10/2017-03-20", ExpectedResult = true, Description = "ends on the claim's first day")]
    [TestCase("2017-03-20/2017-03-30", ExpectedResult = true, Description = "starts on the claim's last day")]
    [TestCase("2017-03-21", ExpectedResult = true, Description = "inside")]
    [TestCase("2017-03", ExpectedResult = true, Description = "covers it")]
    [TestCase("2017-03-19", ExpectedResult = true, Description = "the day before")]
    [TestCase("2017-03-13", ExpectedResult = true, Description = "the margin's first day")]
    [TestCase("2017-03-12", ExpectedResult = false, Description = "the day before the margin")]
    [TestCase("2017-03-29", ExpectedResult = true, Description = "the margin's last day")]
    [TestCase("2017-03-30", ExpectedResult = false, Description = "the day after the margin")]
    [TestCase("2016", ExpectedResult = false, Description = "the year before")]
    public bool Find_EvidencePeriodAgainstClaimFrom20To22March_FoundWithinTheMargin(string period)
    {
        var found = Find([Claims.Of("e1", period: period)], Claims.Of("c1", period: "2017-03-20/2017-03-22"));

        return found.Count == 1;
    }

    // A bucket of 40 dated entries is searched in its entries, one of 365 in the array of starts: both ways.
    [TestCase(40)]
    [TestCase(365)]
    public void Find_LongPeriodAmongManyShortOnes_IsFound(int count)
    {
        // Day-long evidence up to and past the claim's day, and one running total starting months before it.
        var evidence = DaysUpTo(count).Append(Claims.Of("long", period: "2016-10-17/2017-03-25")).ToList();

        var found = Find(evidence, Claims.Of("c1", period: "2017-03-24"));

        // The days within the 7-day margin of 24 March, and the total.
        Assert.That(found, Is.EquivalentTo(Enumerable.Range(count - 17, 15).Where(d => d >= 0).Select(d => "d" + d).Append("long")));
    }

    [TestCase(40)]
    [TestCase(365)]
    public void Find_LongPeriodEndingBeforeTheMargin_IsNotFound(int count)
    {
        var evidence = DaysUpTo(count).Append(Claims.Of("long", period: "2016-10-17/2017-03-25")).ToList();

        // A claim after the margin of the total's end: only days within 7 days of 9 April.
        var found = Find(evidence, Claims.Of("c1", period: "2017-04-09"));

        Assert.That(found, Is.EquivalentTo(Enumerable.Range(count - 1, 1).Select(d => "d" + d)));
    }

    // Claims d0, d1, … each about one day, the last nine after 24 March 2017.
    private static IEnumerable<Claim> DaysUpTo(int count) =>
        Enumerable.Range(0, count).Select(d => Claims.Of("d" + d, period: new DateOnly(2017, 3, 24).AddDays(d - count + 10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void Find_UndatedEvidence_IsFoundForAnyPeriod()
    {
        var found = Find([Claims.Of("e1", period: null)], Claims.Of("c1", period: "1999-01-01"));

        Assert.That(found, Is.EqualTo(new[] { "e1" }));
    }

    [Test]
    public void Find_ClaimWithoutPeriod_FindsEvidenceFromAnyTime()
    {
        var found = Find([Claims.Of("e1", period: "1999"), Claims.Of("e2", period: "2017-03-20"), Claims.Of("e3", period: null)], Claims.Of("c1", period: null));

        Assert.That(found, Is.EquivalentTo(new[] { "e1", "e2", "e3" }));
    }

    [Test]
    public void Count_IsTheNumberOfClaimsIndexed()
    {
        var index = new EvidenceIndex([Claims.Of("e1"), Claims.Of("e2", place: null), Claims.Of("e3", place: "al-Jadida, West Mosul, Mosul, Iraq")], Options);

        Assert.That(index.Count, Is.EqualTo(3));
    }

    // --- the index against a brute-force filter ---

    [Test]
    public void Find_LargeGeneratedSet_MatchesBruteForceFilterAndPlaceRelations()
    {
        var random = new Random(20170325);
        var evidence = Enumerable.Range(0, 4000).Select(i => Generated.Claim("e" + i, random)).ToList();
        var queries = Enumerable.Range(0, 400).Select(i => Generated.Claim("q" + i, random)).ToList();
        var index = new EvidenceIndex([.. evidence], Options);

        var mismatches = new List<string>();
        var total = 0;
        foreach (var q in queries)
        {
            var query = EvidenceQuery.For(q, Options);
            var expected = evidence.Where(e => BruteForceMatches(query, e)).Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
            var found = index.Find(query);
            var actual = found.Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
            total += expected.Count;
            if (!expected.SequenceEqual(actual))
            {
                mismatches.Add($"{q}: expected [{string.Join(", ", expected)}] but found [{string.Join(", ", actual)}]");
            }

            // The relations the index hands validators are the ones the places and subjects give.
            for (var i = 0; i < found.Count; i++)
            {
                var relation = query.Place is null ? PlaceRelation.Same : query.Place.RelationTo(found[i].Place!, Options.PlaceNames);
                if (found.FactsAt(i).Place != relation)
                {
                    mismatches.Add($"{q} and {found[i]}: the index says {found.FactsAt(i).Place}, the places {relation}");
                }

                var subject = Options.Subjects.Relate(query.Subject, found[i].Subject);
                if (found.FactsAt(i).Subject != subject)
                {
                    mismatches.Add($"{q} and {found[i]}: the index says {found.FactsAt(i).Subject}, the subjects {subject}");
                }
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mismatches, Is.Empty);
            Assert.That(total, Is.GreaterThan(queries.Count), "the generated set should give queries something to find");
        }
    }

    // The index's contract spelled out one claim at a time: a related subject, a related place, a period within the margin.
    private static bool BruteForceMatches(EvidenceQuery query, Claim evidence) =>
        Options.Subjects.Relate(query.Subject, evidence.Subject) != SubjectRelation.Unrelated
        && (query.Place is null
            ? evidence.Place is null
            : evidence.Place is not null && query.Place.RelationTo(evidence.Place, Options.PlaceNames) != PlaceRelation.Unrelated)
        && (query.Period is null || evidence.Period is null
            || (evidence.Period.Start.DayNumber <= query.Period.End.DayNumber + query.MarginDays
                && evidence.Period.End.DayNumber >= query.Period.Start.DayNumber - query.MarginDays));

    /// <summary>Claims at places of a small gazetteer, written with skipped levels, aliases, cut-off tops and wrong parents.</summary>
    private static class Generated
    {
        // Each place with its parents, most specific first.
        private static readonly string[][] Paths =
        [
            ["Iraq"],
            ["Nineveh", "Iraq"],
            ["Mosul", "Nineveh", "Iraq"],
            ["West Mosul", "Mosul", "Nineveh", "Iraq"],
            ["East Mosul", "Mosul", "Nineveh", "Iraq"],
            ["al-Jadida", "West Mosul", "Mosul", "Nineveh", "Iraq"],
            ["Zanjili", "West Mosul", "Mosul", "Nineveh", "Iraq"],
            ["Zahra", "East Mosul", "Mosul", "Nineveh", "Iraq"],
            ["Baghdad", "Iraq"],
            ["Jadida", "Baghdad", "Iraq"],
            ["Karrada", "Baghdad", "Iraq"],
            ["Syria"],
            ["Raqqa", "Syria"],
            ["Tabqa", "Raqqa", "Syria"],
            ["Aleppo", "Syria"],
            ["rebel-held areas", "Syria"],
            ["the north", "Raqqa", "Syria"],
            ["the western part", "Mosul", "Nineveh", "Iraq"],
            ["Tal Abyad", "the north", "Raqqa", "Syria"],
        ];

        private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
        {
            ["Mosul"] = "al-Mawsil",
            ["Nineveh"] = "Ninawa",
            ["West Mosul"] = "western Mosul",
            ["Raqqa"] = "Raqqah",
            ["Iraq"] = "Republic of Iraq",
        };

        private static readonly string[] Subjects = ["people displaced", "IDPs", "civilians killed", "civilian deaths", "people fled", "people returned"];

        public static Claim Claim(string id, Random random)
        {
            var subject = Subjects[random.Next(Subjects.Length)];
            return new Claim(id, subject, Figure.Exact(random.Next(1000)), "source " + random.Next(20))
            {
                Place = random.NextDouble() < 0.08 ? null : Place(random),
                Period = random.NextDouble() < 0.1 ? null : Period(random),
            };
        }

        private static Place Place(Random random)
        {
            var path = Paths[random.Next(Paths.Length)].ToList();
            if (random.NextDouble() < 0.1)
            {
                // A wrong parent: the path contradicts the gazetteer.
                var other = Paths[random.Next(Paths.Length)];
                path = [path[0], .. other.Where(n => !path.Contains(n))];
            }

            var kept = new List<string> { path[0] };
            for (var i = 1; i < path.Count; i++)
            {
                if (random.NextDouble() < 0.7)
                {
                    kept.Add(path[i]);
                }
            }

            if (kept.Count > 1 && random.NextDouble() < 0.2)
            {
                kept.RemoveAt(kept.Count - 1);
            }

            return Verification.Places.Place.Of(kept.Select(n => random.NextDouble() < 0.2 && Aliases.TryGetValue(n, out var alias) ? alias : n));
        }

        private static Period Period(Random random)
        {
            var start = new DateOnly(2016, 1, 1).AddDays(random.Next(730));
            var roll = random.NextDouble();
            var days = roll < 0.7 ? 0 : roll < 0.9 ? random.Next(31) : random.Next(400);
            return Verification.Periods.Period.Between(start, start.AddDays(days));
        }
    }
}
