namespace MedInsure.Web.Contract;

/// <summary>One compared field of two results side by side, as text, under its bilingual label; <see cref="Changed"/> when they differ.</summary>
public sealed record FigureLine(string Field, string Label, string Before, string After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}
