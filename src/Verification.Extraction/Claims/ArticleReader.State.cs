using Verification.Claims;
using Verification.Extraction.Mentions;
using Verification.Extraction.Numbers;
using Verification.Extraction.Periods;
using Verification.Extraction.Places;
using Verification.Extraction.Sources;
using Verification.Extraction.Text;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Subjects;

namespace Verification.Extraction.Claims;

internal sealed partial class ArticleReader
{
    /// <summary>A claim being assembled.</summary>
    private sealed class Draft
    {
        public NumberHit? Hit { get; set; }

        public NumberMention? Mention { get; init; }

        public int Sentence { get; init; }

        public int Paragraph { get; init; }

        public required string Subject { get; set; }

        public string? Noun { get; set; }

        public string? Verb { get; set; }

        public Place? Place { get; set; }

        public TextSpan? PlaceSpan { get; set; }

        public Period? Period { get; set; }

        public TextSpan? PeriodSpan { get; set; }

        public string? Source { get; set; }

        public TextSpan? SourceSpan { get; set; }

        public bool Relayed { get; set; }

        public string? Via { get; set; }

        public bool Contested { get; set; }

        public TextSpan Quote { get; init; }

        public bool HasIncident { get; init; }

        private Dictionary<string, string>? _metadata;

        public Dictionary<string, string> Metadata => _metadata ??= new(StringComparer.Ordinal);

        public bool HasMetadata => _metadata is not null;

        public string Id { get; set; } = string.Empty;

        public List<Draft>? Operands { get; set; }

        /// <summary>The day the figure was stated, when the sentence dates the statement ("said on Thursday").</summary>
        public Period? StatedOn { get; set; }
    }

    /// <summary>One sentence with a place, remembered for resolving places from context.</summary>
    private readonly record struct SentencePlace(int Sentence, bool HasIncident, Place Place, int Depth);

    private sealed class BySentence : IComparer<SentencePlace>
    {
        public static BySentence Instance { get; } = new();

        public int Compare(SentencePlace x, SentencePlace y) => x.Sentence.CompareTo(y.Sentence);
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyMetadata = new Dictionary<string, string>();

    /// <summary>Everything remembered while reading one article.</summary>
    private sealed class State
    {
        private const int IncidentWindow = 60;
        private readonly Dictionary<Place, (Place Place, int Count, int First)> _placeCounts = [];

        public State(Article article, bool withClaims, ExtractionOptions options)
        {
            // Sized from the text's length, so that the lists of a long text are allocated once rather than grown
            // through a series of large copies (each of which the garbage collector pays for).
            KeepMentions = !withClaims || options.KeepMentions;
            var length = KeepMentions ? article.Text.Length : 0;
            Numbers = new(Math.Max(4, length / 120));
            Periods = new(Math.Max(4, length / 600));
            Places = new(Math.Max(4, length / 250));
            Sources = new(Math.Max(4, length / 600));
            Results = new(withClaims ? Math.Max(4, article.Text.Length / 300) : 0);
            SentencePlaces = new(withClaims ? Math.Max(4, article.Text.Length / 400) : 0);
            Article = article;
            WithClaims = withClaims;
            Options = options;
        }

        public Article Article { get; }

        public bool WithClaims { get; }

        /// <summary>Whether every mention is kept for the result (always when annotating; on request when extracting).</summary>
        public bool KeepMentions { get; }

        public ExtractionOptions Options { get; }

        public List<PeriodHit> PeriodHits { get; } = [];

        public List<NumberHit> NumberHits { get; } = [];

        public List<PlaceHit> PlaceHits { get; } = [];

        public List<SourceHit> SourceHits { get; } = [];

        public List<NumberMention> Numbers { get; }

        public List<NumberMention> SentenceNumbers { get; } = [];

        public StringPool Pool { get; } = new();

        public List<PeriodMention> Periods { get; }

        public List<PlaceMention> Places { get; }

        public List<SourceMention> Sources { get; }


        public List<SentencePlace> SentencePlaces { get; }

        public Place? LastCity { get; set; }

        public int SentenceIndex { get; set; } = -1;

        public int ParagraphIndex { get; private set; }

        public ParagraphRole Role { get; private set; }

        /// <summary>The source named most recently in this paragraph, and whether it was relayed ("according to").</summary>
        public SourceMention? ParagraphSource { get; set; }

        public TextSpan? ParagraphSourceSpan { get; set; }

        /// <summary>The noun of the last figure, for a figure without one ("70,000 have returned").</summary>
        public string? LastNoun { get; set; }

        /// <summary>The claims of the previous sentence of this paragraph.</summary>
        public List<Draft> PreviousSentenceClaims { get; set; } = [];

        public List<Draft> CurrentSentenceClaims { get; set; } = [];

        public Period? PreviousSentencePeriod { get; set; }

        public TextSpan? PreviousSentencePeriodSpan { get; set; }

        private readonly Dictionary<string, string> _nouns = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _subjects = new(StringComparer.Ordinal);

        /// <summary>A noun phrase's text, lowered when only its sentence position capitalises it; one string per
        /// distinct phrase, so that an article's thousand "people" are one string.</summary>
        public string Noun(string text, ReadOnlySpan<Token> t, ReadOnlySpan<(int Start, int End, int Index)> words)
        {
            Span<char> buffer = stackalloc char[128];
            var length = 0;
            foreach (var (start, end, index) in words)
            {
                var n = end - start;
                if (length + n + 1 > buffer.Length)
                {
                    break;
                }

                if (length > 0)
                {
                    buffer[length++] = ' ';
                }

                text.AsSpan(start, n).CopyTo(buffer[length..]);
                var token = t[index];
                if (index == 0 && token.IsCapitalized && !token.Has(Lex.Demonym) && !token.Is(TokenFlags.AllCaps))
                {
                    buffer[length] = char.ToLowerInvariant(buffer[length]);
                }

                length += n;
            }

            var lookup = _nouns.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(buffer[..length], out var noun))
            {
                noun = buffer[..length].ToString();
                _nouns[noun] = noun;
            }

            return noun;
        }

        /// <summary>One string per distinct subject text.</summary>
        public string Share(string subject)
        {
            if (_subjects.TryGetValue(subject, out var shared))
            {
                return shared;
            }

            _subjects[subject] = subject;
            return subject;
        }

        public void StartParagraph(int index, ParagraphRole role)
        {
            FinalizePending();
            ParagraphIndex = index;
            Role = role;
            ParagraphSource = null;
            ParagraphSourceSpan = null;
            PreviousSentenceClaims = [];
            CurrentSentenceClaims = [];
            PreviousSentencePeriod = null;
            PreviousSentencePeriodSpan = null;
            LastNoun = null;
        }

        public void CountPlaces(List<PlaceHit> hits, ReadOnlySpan<Token> t, string text)
        {
            SentenceIndex++;
            var hasIncident = false;
            foreach (var token in t)
            {
                if (token.Has(Lex.Incident))
                {
                    hasIncident = true;
                    break;
                }
            }

            Place? best = null;
            foreach (var hit in hits)
            {
                if (hit.Mention.IsModifier)
                {
                    continue;
                }

                var place = hit.Mention.Place;
                _placeCounts[place] = _placeCounts.TryGetValue(place, out var c) ? (c.Place, c.Count + 1, c.First) : (place, 1, _placeCounts.Count);
                if (best is null || place.Parts.Count > best.Parts.Count)
                {
                    best = place;
                }
            }

            if (best is not null && WithClaims)
            {
                SentencePlaces.Add(new SentencePlace(SentenceIndex, hasIncident, best, best.Parts.Count));
            }

            _ = text;
        }

        /// <summary>The place the article is mostly about: the city or district named most often (at least twice).</summary>
        public Place? MainPlace(PlaceFacts facts)
        {
            (Place Place, int Count, int First)? best = null;
            foreach (var entry in _placeCounts.Values)
            {
                if (facts.KindOf(entry.Place) is PlaceKind.Country or PlaceKind.Region)
                {
                    continue;
                }

                if (best is null || entry.Count > best.Value.Count || (entry.Count == best.Value.Count && entry.First < best.Value.First))
                {
                    best = entry;
                }
            }

            return best is { Count: >= 2 } b ? b.Place : null;
        }

        public ExtractionResult Finish()
        {
            var claims = new List<ExtractedClaim>();
            if (WithClaims)
            {
                claims = FinishClaims();
            }

            return new ExtractionResult(Article, claims, new TextAnnotation(Numbers, Periods, Places, Sources));
        }

        private readonly Dictionary<string, Subject> _subjectObjects = new(StringComparer.Ordinal);
        private readonly Dictionary<Period, IReadOnlyDictionary<string, string>> _statedOn = [];
        private string? _lastQuote;
        private int _lastQuoteStart = -1;

        /// <summary>Drafts whose claims are not yet made: a later sentence may still contest them ("The figures could not
        /// be verified").</summary>
        public List<Draft> Pending { get; } = [];

        /// <summary>Claims made, in order; a claim without a place is completed from the article in <see cref="Finish"/>.</summary>
        public List<ExtractedClaim> Results { get; }

        /// <summary>Claims whose place comes from the article as a whole, with their drafts.</summary>
        private readonly List<(int Index, Draft Draft)> _deferred = [];

        /// <summary>Numbers a sentence's drafts; they are made into claims once the next sentence has been read.</summary>
        public void Add(List<Draft> drafts)
        {
            FinalizePending();
            foreach (var d in drafts)
            {
                d.Id = "c" + (Results.Count + Pending.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Pending.Add(d);
            }
        }

        public void FinalizePending()
        {
            foreach (var d in Pending)
            {
                if (d.Place is null && d.Operands is { Count: > 0 } operands && operands[0].Place is { } operandPlace)
                {
                    d.Place = operandPlace;
                }

                d.Hit = null;
                if (d.Place is null)
                {
                    // Made in Finish, once the article's places are all known.
                    _deferred.Add((Results.Count, d));
                    Results.Add(null!);
                    continue;
                }

                Results.Add(MakeClaim(d));
            }

            Pending.Clear();
        }

        private readonly Dictionary<string, string[]> _single = new(StringComparer.Ordinal);

        // One array per source name: claims relayed from one source share their DerivedFrom list.
        private string[] Single(string source)
        {
            if (!_single.TryGetValue(source, out var list))
            {
                _single[source] = list = [source];
            }

            return list;
        }

        private ExtractedClaim MakeClaim(Draft d)
        {
            var outlet = Article.Outlet;
            var source = d.Source ?? outlet ?? (Article.Id ?? "the report");
            var derivedFrom = d.Source is not null && (d.Relayed || (d.Via is not null && !SameOutlet(d.Via, outlet))) ? Single(d.Source) : [];
            if (d.Via is not null)
            {
                d.Metadata["via"] = d.Via;
            }

            if (d.Operands is { Count: > 0 } operands)
            {
                d.Metadata["derivedFromClaims"] = string.Join(",", operands.Select(o => o.Id));
            }

            if (!_subjectObjects.TryGetValue(d.Subject, out var subject))
            {
                _subjectObjects[d.Subject] = subject = new Subject(d.Subject);
            }

            if (_lastQuoteStart != d.Quote.Start)
            {
                _lastQuote = Article.Text[d.Quote.Start..d.Quote.End];
                _lastQuoteStart = d.Quote.Start;
            }

            var claim = new Claim(d.Id, subject, d.Mention?.Figure, source)
            {
                Place = d.Place,
                Period = d.Period,
                DerivedFrom = derivedFrom,
                ReportedIn = outlet,
                IsContested = d.Contested,
                Quote = _lastQuote,
                Metadata = Metadata(d),
            };
            return new ExtractedClaim(claim, d.Quote)
            {
                FigureSpan = d.Mention?.Span,
                PlaceSpan = d.PlaceSpan,
                PeriodSpan = d.PeriodSpan,
                SourceSpan = d.SourceSpan,
            };
        }

        // Claims whose only field is the date of the statement share one dictionary per date.
        private IReadOnlyDictionary<string, string> Metadata(Draft d)
        {
            if (!d.HasMetadata)
            {
                if (d.StatedOn is not { } stated)
                {
                    return EmptyMetadata;
                }

                if (!_statedOn.TryGetValue(stated, out var shared))
                {
                    _statedOn[stated] = shared = new Dictionary<string, string>(StringComparer.Ordinal) { ["statedOn"] = stated.ToString() };
                }

                return shared;
            }

            if (d.StatedOn is { } day)
            {
                d.Metadata["statedOn"] = day.ToString();
            }

            return d.Metadata;
        }

        private List<ExtractedClaim> FinishClaims()
        {
            FinalizePending();
            if (_deferred.Count > 0)
            {
                // Each deferred claim's quote is looked up again: they are not made in sentence order.
                _lastQuoteStart = -1;
                var main = MainPlace(WorldGazetteer.Facts);
                var names = Options.Gazetteer.Names;
                foreach (var (index, d) in _deferred)
                {
                    d.Place = PlaceFromContext(d, main, names);
                    Results[index] = MakeClaim(d);
                }
            }

            return Results;
        }

        private readonly Dictionary<Place, bool> _within = [];

        private bool IsWithin(Place place, Place main, PlaceNameTable names)
        {
            if (!_within.TryGetValue(place, out var within))
            {
                _within[place] = within = place.RelationTo(main, names) is PlaceRelation.Within or PlaceRelation.Same;
            }

            return within;
        }

        private static bool SameOutlet(string via, string? outlet) =>
            outlet is not null && (via.Contains(outlet, StringComparison.OrdinalIgnoreCase) || outlet.Contains(via, StringComparison.OrdinalIgnoreCase));

        /// <summary>A place for a claim whose sentence names none: for an incident ("an air raid"), the most specific
        /// place named with an incident elsewhere in the article, within the article's main place; else the main place.</summary>
        private Place? PlaceFromContext(Draft d, Place? main, PlaceNameTable names)
        {
            if (d.Operands is { Count: > 0 } operands && operands[0].Place is { } operandPlace)
            {
                return operandPlace;
            }

            if (d.HasIncident)
            {
                // Sentences are in order: look at most IncidentWindow sentences either side, so that the search stays
                // linear in the article's length.
                SentencePlace? best = null;
                var at = SentencePlaces.BinarySearch(new SentencePlace(d.Sentence, false, null!, 0), BySentence.Instance);
                at = at < 0 ? ~at : at;
                var from = Math.Max(0, at - IncidentWindow);
                var to = Math.Min(SentencePlaces.Count, at + IncidentWindow);
                for (var i = from; i < to; i++)
                {
                    var sp = SentencePlaces[i];
                    if (!sp.HasIncident || sp.Sentence == d.Sentence)
                    {
                        continue;
                    }

                    if (main is not null && !IsWithin(sp.Place, main, names))
                    {
                        continue;
                    }

                    if (best is null || sp.Depth > best.Value.Depth
                        || (sp.Depth == best.Value.Depth && Math.Abs(sp.Sentence - d.Sentence) < Math.Abs(best.Value.Sentence - d.Sentence)))
                    {
                        best = sp;
                    }
                }

                if (best is not null)
                {
                    return best.Value.Place;
                }
            }

            return main;
        }
    }
}
