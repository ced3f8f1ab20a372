using MedInsure.Domain.Policies;

namespace MedInsure.Domain.Rules;

/// <summary>
/// A note on one figure of a result: what it rests on, in plain words, and the rows concerned. The
/// wording lives in <see cref="ResultTexts"/> under <see cref="Code"/> and is put together only
/// when asked for (<see cref="Text"/>), so a check that nobody reads costs no strings.
/// </summary>
public sealed class Caveat
{
    private readonly List<PolicyRow> _rows;

    internal Caveat(Figure figure, CaveatBasis basis, string code, City city, PolicyRow? row, CaveatValues values)
    {
        Figure = figure;
        Basis = basis;
        Code = code;
        City = city;
        Values = values;
        _rows = row is null ? new List<PolicyRow>(0) : [row];
    }

    public Figure Figure { get; }
    public CaveatBasis Basis { get; }

    /// <summary>Which note it is (<see cref="ResultTexts.CaveatCodes"/>), e.g. <c>window_boundary</c>.</summary>
    public string Code { get; }

    public City City { get; }

    /// <summary>The numbers the wording needs (a tier, months, a rate).</summary>
    public CaveatValues Values { get; }

    /// <summary>The rows the note is about, each once.</summary>
    public IReadOnlyList<PolicyRow> Rows => _rows;

    /// <summary>"中文 / English", worded from <see cref="ResultTexts"/>.</summary>
    public string Text => ResultTexts.Caveat(this);

    internal void Add(PolicyRow row)
    {
        foreach (var known in _rows)
        {
            if (ReferenceEquals(known, row))
                return;
        }
        _rows.Add(row);
    }
}
