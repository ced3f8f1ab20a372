using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

public static class PolicyRowMapping
{
    public static PolicyRow ToDomain(this PolicyRowEntity e) =>
        new(e.City, e.Key, e.Value, e.Unit, e.EffectiveFrom, e.EffectiveTo,
            new PolicySource(e.SourceFile, e.SourceQuote, e.SourceDocument), e.Note);

    public static PolicyRowEntity ToEntity(this PolicyRow row, DateTimeOffset now) => new()
    {
        City = row.City,
        Key = row.Key,
        Value = row.Value,
        Unit = row.Unit,
        EffectiveFrom = row.EffectiveFrom,
        EffectiveTo = row.EffectiveTo,
        SourceFile = row.Source.File,
        SourceQuote = row.Source.Quote,
        SourceDocument = row.Source.Document,
        Note = row.Note,
        UpdatedAt = now,
    };

    /// <summary>Writes a row's content (everything but its city, id and revision) into a stored row.</summary>
    public static void CopyTo(this PolicyRow row, PolicyRowEntity e)
    {
        e.Key = row.Key;
        e.Value = row.Value;
        e.Unit = row.Unit;
        e.EffectiveFrom = row.EffectiveFrom;
        e.EffectiveTo = row.EffectiveTo;
        e.SourceFile = row.Source.File;
        e.SourceQuote = row.Source.Quote;
        e.SourceDocument = row.Source.Document;
        e.Note = row.Note;
    }

    public static City ToDomain(this CityEntity e) => new(e.Code, e.NameZh, e.NameEn);
}
