namespace Verification.Figures;

/// <summary>The words the figure grammar knows, as <see cref="FigureScanner.Classify"/> tells them.</summary>
/// <remarks>Shared by everything that reads figures: the figure parser (<see cref="Figure.Parse"/>) and text
/// scanners such as the extraction of claims from articles. New words may be added in any version, at the end.</remarks>
public enum FigureWord : byte
{
    /// <summary>Not a word of the figure grammar.</summary>
    None,

    // Number words. Unit and Tens carry their value; Hundred, Scale, ShortScale and PluralScale their power of ten.
    /// <summary>A number word below twenty ("one", "twelve"), its value carried with it.</summary>
    Unit,
    /// <summary>A multiple of ten ("twenty", "ninety"), its value carried with it.</summary>
    Tens,
    /// <summary>"hundred", its power of ten carried with it.</summary>
    Hundred,
    /// <summary>A scale word ("thousand", "million", "billion"), its power of ten carried with it.</summary>
    Scale,
    /// <summary>A short scale word ("k", "m", "mn", "mln", "mil", "b", "bn", "bln", "tn", "trn"), its power of ten carried
    /// with it.</summary>
    ShortScale,
    /// <summary>A scale word in the plural ("thousands", "millions"), its power of ten carried with it.</summary>
    PluralScale,

    // Keywords.
    /// <summary>The word "a".</summary>
    A,
    /// <summary>The word "an".</summary>
    An,
    /// <summary>The word "about".</summary>
    About,
    /// <summary>The word "above".</summary>
    Above,
    /// <summary>The word "almost".</summary>
    Almost,
    /// <summary>The word "and".</summary>
    And,
    /// <summary>"approx", an abbreviation of "approximately".</summary>
    Approx,
    /// <summary>The word "approximately".</summary>
    Approximately,
    /// <summary>The word "around".</summary>
    Around,
    /// <summary>The word "as".</summary>
    As,
    /// <summary>The word "at".</summary>
    At,
    /// <summary>The word "below".</summary>
    Below,
    /// <summary>The word "between".</summary>
    Between,
    /// <summary>"ca", an abbreviation of "circa".</summary>
    Ca,
    /// <summary>The word "circa".</summary>
    Circa,
    /// <summary>The word "close".</summary>
    Close,
    /// <summary>The word "estimated".</summary>
    Estimated,
    /// <summary>The word "excess".</summary>
    Excess,
    /// <summary>The word "fewer".</summary>
    Fewer,
    /// <summary>The word "from".</summary>
    From,
    /// <summary>"greater", "larger", "bigger", "higher" (before "than").</summary>
    Greater,
    /// <summary>The word "half".</summary>
    Half,
    /// <summary>The word "in".</summary>
    In,
    /// <summary>The word "just".</summary>
    Just,
    /// <summary>The word "least".</summary>
    Least,
    /// <summary>"less", "smaller", "lower" (before "than", or after "or").</summary>
    Less,
    /// <summary>The word "many".</summary>
    Many,
    /// <summary>The word "maximum".</summary>
    Maximum,
    /// <summary>The word "minimum".</summary>
    Minimum,
    /// <summary>The word "more".</summary>
    More,
    /// <summary>The word "most".</summary>
    Most,
    /// <summary>The word "nearly".</summary>
    Nearly,
    /// <summary>The word "no".</summary>
    No,
    /// <summary>The word "not".</summary>
    Not,
    /// <summary>The word "of".</summary>
    Of,
    /// <summary>The word "or".</summary>
    Or,
    /// <summary>The word "over".</summary>
    Over,
    /// <summary>The word "region".</summary>
    Region,
    /// <summary>The word "roughly".</summary>
    Roughly,
    /// <summary>The word "some".</summary>
    Some,
    /// <summary>The word "than".</summary>
    Than,
    /// <summary>The word "the".</summary>
    The,
    /// <summary>The word "to".</summary>
    To,
    /// <summary>The word "under".</summary>
    Under,
    /// <summary>The word "up".</summary>
    Up,
    /// <summary>The word "upwards".</summary>
    Upwards,

    // Words of figure text only (see ClassifyText): text scanners do not classify them, because in running text they
    // belong to the sentence ("the toll could reach") rather than to the figure.

    /// <summary>"only", "merely", "mere": emphasis that leaves the figure as stated.</summary>
    Only,

    /// <summary>"could", "may", "might", "will", "would", "should", "can".</summary>
    Modal,

    /// <summary>"is", "are", "was", "were".</summary>
    Copula,

    /// <summary>"expected", "projected", "forecast", "predicted", "set", "likely", "poised", "due" (followed by "to").</summary>
    Projected,

    /// <summary>A verb that states the number as it is: "reach", "hit", "total", "number", "stand", "rise", "climb",
    /// "grow", "increase", "jump", "fall", "drop", "decline", "be" (in any form).</summary>
    Reach,

    /// <summary>A verb that states more than the number: "exceed", "surpass", "top", "pass", "cross" (in any form).</summary>
    Exceed,

    /// <summary>A verb that states nearly the number: "near", "approach" (in any form).</summary>
    Approach,

    /// <summary>"total".</summary>
    Total,
    /// <summary>"plus".</summary>
    Plus,
    /// <summary>"percent".</summary>
    Percent,
    /// <summary>"per", as in "per cent".</summary>
    Per,
    /// <summary>"cent", as in "per cent".</summary>
    Cent,
    /// <summary>The word "anywhere".</summary>
    Anywhere,
    /// <summary>The word "well".</summary>
    Well,
    /// <summary>The word "shy".</summary>
    Shy,
    /// <summary>The word "north".</summary>
    North,
    /// <summary>The word "high".</summary>
    High,
    /// <summary>The word "much".</summary>
    Much,

    /// <summary>"mark", "threshold", "milestone", "barrier", "level": "passed the 10,000 mark".</summary>
    Mark,

    /// <summary>The label of an interval note: "CI", "UI", "CrI", "confidence", "credible", "uncertainty",
    /// "interval", "range".</summary>
    IntervalLabel,

    /// <summary>"quarter", "quarters" (value 1 for the plural): "a quarter of a million", "three quarters of a
    /// million".</summary>
    Quarter,

    /// <summary>"estimate": "an estimate of 100".</summary>
    Estimate,

    /// <summary>"closer": "closer to 600".</summary>
    Closer,

    /// <summary>A word of certainty that leaves the figure as stated: "possibly", "perhaps", "probably", "maybe",
    /// "reportedly", "allegedly", "apparently".</summary>
    Certainty,

    /// <summary>"but", joining two bounds of one figure: "more than 50 but fewer than 200".</summary>
    But,

    /// <summary>A part of a whole written as a word: "third", "fourth", "fifth" … "tenth", in the singular or plural
    /// ("two thirds"), its denominator carried with it. "half" and "quarter" keep words of their own.</summary>
    Fraction,
}
