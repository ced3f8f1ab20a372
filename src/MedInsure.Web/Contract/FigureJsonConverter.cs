using MedInsure.Domain.Rules;

namespace MedInsure.Web.Contract;

/// <summary>One figure by its contract name (a caveat's <c>figure</c>): arrearsDeadline, personalAccountCredited, …</summary>
public sealed class FigureJsonConverter() : CodeJsonConverter<Figure>(FigureNames.ContractName);
