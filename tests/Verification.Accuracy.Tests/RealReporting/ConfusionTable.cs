using System.Globalization;
using System.Text;

namespace Verification.Accuracy.Tests.RealReporting;

/// <summary>Counts of hand labels against predicted labels, and the share that agree.</summary>
/// <typeparam name="TActual">The hand label (rows).</typeparam>
/// <typeparam name="TPredicted">The predicted label (columns).</typeparam>
public sealed class ConfusionTable<TActual, TPredicted>
    where TActual : notnull
    where TPredicted : notnull
{
    private readonly Dictionary<(TActual, TPredicted), int> _counts = [];
    private readonly IReadOnlyList<TActual> _rows;
    private readonly IReadOnlyList<TPredicted> _columns;
    private readonly Func<TActual, string> _rowText;
    private readonly Func<TPredicted, string> _columnText;
    private readonly Func<TActual, TPredicted, bool> _agree;

    /// <summary>Creates an empty table.</summary>
    /// <param name="rows">Every hand label, in row order.</param>
    /// <param name="columns">Every predicted label, in column order.</param>
    /// <param name="rowText">A hand label's name.</param>
    /// <param name="columnText">A predicted label's name.</param>
    /// <param name="agree">Whether a prediction counts as right for a hand label.</param>
    public ConfusionTable(IReadOnlyList<TActual> rows, IReadOnlyList<TPredicted> columns, Func<TActual, string> rowText, Func<TPredicted, string> columnText, Func<TActual, TPredicted, bool> agree)
    {
        _rows = rows;
        _columns = columns;
        _rowText = rowText;
        _columnText = columnText;
        _agree = agree;
    }

    /// <summary>How many cases were counted.</summary>
    public int Total { get; private set; }

    /// <summary>How many predictions agreed with the hand label.</summary>
    public int Right { get; private set; }

    /// <summary>The share of predictions that agreed (0 for an empty table).</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Right / Total;

    /// <summary>Counts one case.</summary>
    public void Add(TActual actual, TPredicted predicted)
    {
        _counts[(actual, predicted)] = Count(actual, predicted) + 1;
        Total++;
        if (_agree(actual, predicted))
        {
            Right++;
        }
    }

    /// <summary>How many cases had this hand label and this prediction.</summary>
    public int Count(TActual actual, TPredicted predicted) => _counts.GetValueOrDefault((actual, predicted));

    /// <summary>The table as Markdown: hand labels down, predictions across, row totals, then the accuracy.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("| hand \\ predicted |");
        foreach (var c in _columns)
        {
            text.Append(' ').Append(_columnText(c)).Append(" |");
        }

        text.Append(" total |\n|---|").Append(string.Concat(Enumerable.Repeat("---|", _columns.Count + 1))).Append('\n');
        foreach (var r in _rows)
        {
            text.Append("| ").Append(_rowText(r)).Append(" |");
            foreach (var c in _columns)
            {
                text.Append(CultureInfo.InvariantCulture, $" {Count(r, c)} |");
            }

            text.Append(CultureInfo.InvariantCulture, $" {_columns.Sum(c => Count(r, c))} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"accuracy: {Right}/{Total} = {Accuracy:P1}\n");
        return text.ToString();
    }
}
