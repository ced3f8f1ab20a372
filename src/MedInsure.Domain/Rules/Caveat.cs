using MedInsure.Domain.Policies;

namespace MedInsure.Domain.Rules;

/// <summary>
/// A note on one figure of a result: what it rests on, in plain words, and the rows concerned. The
/// wording lives in <see cref="ResultTexts"/> under <see cref="Code"/> and is put together only
/// when asked for (<see cref="Text"/>), so a check that nobody reads costs no strings.
/// </summary>
public sealed class Caveat
{
    // Most notes concern one row: it is kept alone, and a list is made only for a second one.
    private PolicyRow? _row;
    private List<PolicyRow>? _more;

    internal Caveat(Figure figure, CaveatBasis basis, string code, City city, PolicyRow? row, CaveatValues values)
    {
        Figure = figure;
        Basis = basis;
        Code = code;
        City = city;
        Values = values;
        _row = row;
    }

    public Figure Figure { get; }
    public CaveatBasis Basis { get; }

    /// <summary>Which note it is (<see cref="ResultTexts.CaveatCodes"/>), e.g. <c>window_boundary</c>.</summary>
    public string Code { get; }

    public City City { get; }

    /// <summary>The numbers the wording needs (a tier, months, a rate).</summary>
    public CaveatValues Values { get; }

    /// <summary>The rows the note is about, each once.</summary>
    public IReadOnlyList<PolicyRow> Rows => _row is null ? [] : _more is null ? _row.Alone : [_row, .. _more];

    /// <summary>"中文 / English", worded from <see cref="ResultTexts"/>.</summary>
    public string Text => ResultTexts.Caveat(this);

    internal bool Cites(PolicyRow row) => ReferenceEquals(_row, row) || (_more?.Contains(row) ?? false);

    internal void Add(PolicyRow row)
    {
        if (_row is null)
        {
            _row = row;
            return;
        }
        if (ReferenceEquals(_row, row) || (_more?.Contains(row) ?? false))
            return;
        (_more ??= new List<PolicyRow>(2)).Add(row);
    }
}
