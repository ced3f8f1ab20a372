using System.Globalization;

namespace MedInsure.Web.Contract;

/// <summary>One contract figure of two results side by side, as text; <see cref="Changed"/> when they differ.</summary>
public sealed record FigureLine(string Field, string LabelZh, string LabelEn, string Before, string After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);

    /// <summary>"待遇等待期（月）/ waiting period (months)".</summary>
    public string Label => $"{LabelZh} / {LabelEn}";
}
