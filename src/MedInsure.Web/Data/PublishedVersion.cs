namespace MedInsure.Web.Data;

/// <summary>The published version a city's checks answer from: its number and when it was published.</summary>
public sealed record PublishedVersion(string City, int Number, DateTime PublishedAtUtc);
