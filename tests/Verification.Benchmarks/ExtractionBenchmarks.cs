using System.Text;
using BenchmarkDotNet.Attributes;
using Verification.Extraction;
using Verification.Extraction.Text;
using Verification.Figures;

namespace Verification.Benchmarks;

/// <summary>
/// Reading claims from news text: throughput in characters per second, and that it stays linear in the input's length.
/// </summary>
/// <remarks>
/// <para>The input is an article of conflict and displacement reporting written for this benchmark (about 5 KB: a headline,
/// 30 paragraphs, 45 figures, dates, places, attributions and contest cues), repeated to 1, 4 and 16 MB with the
/// publication date fixed. <see cref="Tokenize"/> is the baseline: one pass over the text that every other step needs.
/// <see cref="Annotate"/> finds every mention; <see cref="Extract"/> also assembles claims. Throughput is
/// <c>SizeMB / Mean</c>; linearity shows as a constant ratio between sizes.</para>
/// </remarks>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    /// <summary>The benchmark article, in this library's own words.</summary>
    public const string Article = @"Aid agencies warn of worsening crisis as fighting spreads

The United Nations said on Tuesday that more than 1.2 million people had been forced from their homes since the offensive began in early January, the largest displacement the region has seen in a decade.

Humanitarian workers described overcrowded camps on the outskirts of the city, where families share tents and clean water is scarce. Many arrived with little more than the clothes they were wearing.

""We are seeing people arrive exhausted, hungry and frightened,"" said a spokeswoman for the International Organization for Migration, who asked that her name not be used because she was not authorised to speak to the press.

According to figures from the World Health Organization, at least 340 civilians have been killed and about 1,100 wounded in the past two weeks, though the organisation said the real numbers were likely to be higher.

The government disputed the toll, saying in a statement that its forces had taken every precaution to protect non-combatants and that armed groups were using residential areas as cover.

Local officials said a strike on a crowded market in the north of the city on Friday killed 27 people, including nine children. The claim could not be independently verified.

Residents described hearing several loud explosions shortly after dawn. Rescue teams worked through the night to pull survivors from the rubble of two collapsed buildings.

The health ministry put the number of people treated in hospitals at 412, adding that medical supplies were running low and that two of the city's main hospitals had stopped admitting new patients.

In a separate incident, between 15 and 20 fighters were killed when their convoy was ambushed on the main road south of the capital, a military spokesman told reporters.

Aid convoys have been unable to reach the besieged eastern districts for almost three months. The World Food Programme estimated that 250,000 people there depend entirely on food assistance.

The agency said it needed $180 million to cover operations until the end of the year, but had so far received less than a third of that amount from donors.

Prices of bread and fuel have tripled since the spring, and unemployment has risen to an estimated 40 percent, according to a survey by a local research group.

Schools across the province have been closed since mid-February. Teachers say they have not been paid for months and many have left the area.

Hundreds of people gathered outside the governor's office on Sunday to demand the reopening of the crossing, which has been closed since October.

Officials in neighbouring countries said tens of thousands of refugees had crossed the border in recent weeks, straining services in towns that were already struggling.

One camp near the border, built to house 20,000 people, now holds nearly 45,000, according to the UN refugee agency. Nearly half of them are under the age of 18.

The opposition said government forces had detained dozens of young men at checkpoints last week. The interior ministry denied the allegations.

Satellite images analysed by a human rights group showed that some 3,400 buildings had been damaged or destroyed in the old city since the start of the year.

The group said its researchers had documented 112 separate attacks on hospitals and clinics, a figure the defence ministry rejected as exaggerated.

A ceasefire announced late on Wednesday appeared to be holding in most areas on Thursday, though there were reports of sporadic shelling in the western suburbs.

Diplomats meeting in Geneva said they hoped the truce would allow aid to reach an estimated 600,000 people in hard-to-reach areas before the winter.

The coalition said in a statement that it had carried out 1,250 air strikes since the campaign began, and that it was investigating reports of civilian casualties in 14 of them.

Monitoring groups put the civilian death toll from coalition strikes at between 2,100 and 3,300 over the same period, well above the coalition's own estimate of 350.

The 73-year-old farmer said he had lost three of his sons in the fighting and had walked for two days to reach the camp with his grandchildren.

Engineers said it would take at least five years and some $4.5 billion to rebuild the water and power networks, which were heavily damaged in 2016 and 2017.

On Monday, the president promised to compensate families whose homes were destroyed, but gave no details of how many would qualify or when payments would begin.

Figures released by the statistics office on Saturday show that the population of the region fell by about 12 per cent between 2014 and 2018.

Observers warned that the situation could deteriorate rapidly if the rains fail again this year, putting up to 2 million people at risk of hunger.

The committee is due to report its findings to parliament next month.";

    private static readonly DateOnly Published = new(2017, 3, 25);
    private readonly ClaimExtractor _extractor = new();
    private readonly TextAnnotator _annotator = new();
    private string _text = string.Empty;

    /// <summary>The input's size in megabytes (millions of characters).</summary>
    [Params(1, 4, 16)]
    public int SizeMB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder((SizeMB * 1_000_000) + Article.Length);
        while (builder.Length < SizeMB * 1_000_000)
        {
            builder.Append(Article).Append("\n\n");
        }

        _text = builder.ToString(0, SizeMB * 1_000_000);

        // Warm the built-in gazetteer and lexicon outside the measurement.
        _extractor.Extract(Article, Published);
        var claims = _extractor.Extract(_text, Published).Claims.Count;
        Console.WriteLine($"// {SizeMB} MB: {claims} claims");
    }

    /// <summary>Splitting the text into classified tokens, paragraph by paragraph: the floor for any reader.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        var tokens = new List<Token>(4096);
        var count = 0;
        foreach (var (start, end) in Segmenter.Paragraphs(_text))
        {
            tokens.Clear();
            Tokenizer.Tokenize(_text, start, end, tokens);
            count += tokens.Count;
        }

        return count;
    }

    /// <summary>Every mention: numbers, periods, places, sources.</summary>
    [Benchmark]
    public int Annotate() => _annotator.Annotate(_text, Published).Numbers.Count;

    /// <summary>The claims, with subjects, places, periods, sources, contest cues and derivations.</summary>
    [Benchmark]
    public int Extract() => _extractor.Extract(_text, Published).Claims.Count;
}
