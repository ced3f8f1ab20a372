namespace MedInsure.Domain.Policies;

/// <summary>A city whose policy rows the engine knows: its code (chongqing) and its names.</summary>
public sealed record City(string Code, string NameZh, string NameEn);
