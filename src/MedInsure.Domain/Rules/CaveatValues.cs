namespace MedInsure.Domain.Rules;

/// <summary>The figures a caveat's wording quotes: up to three whole numbers and one amount or rate.</summary>
public readonly record struct CaveatValues(int? A = null, int? B = null, int? C = null, decimal? Amount = null);
