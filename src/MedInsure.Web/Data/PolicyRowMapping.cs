using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>Between stored rows and the engine's rows: every field, the basis and the source's page included.</summary>
public static class PolicyRowMapping
{
    public static PolicyRow ToDomain(this PolicyRowEntity e) =>
        new(e.City, e.Key, e.Value, e.Unit, e.EffectiveFrom, e.EffectiveTo, e.Source(), e.Note, e.Basis);

    public static PolicyRowEntity ToEntity(this PolicyRow row, DateTimeOffset now)
    {
        var entity = new PolicyRowEntity
        {
            City = row.City,
            Key = row.Key,
            Value = row.Value,
            Unit = row.Unit,
            SourceFile = row.Source.File,
            SourceQuote = row.Source.Quote,
            UpdatedAt = now,
        };
        row.CopyTo(entity);
        return entity;
    }

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
        e.Basis = row.Basis;
        e.SourceAuthority = row.Source.Authority;
        e.SourceAddress = row.Source.Page?.Address;
        e.SourceTitle = row.Source.Page?.Title;
        e.SourcePublished = row.Source.Page?.Published;
        e.SourcePublisher = row.Source.Page?.Publisher;
        e.Note = row.Note;
    }

    /// <summary>
    /// The note and page fields of <paramref name="row"/> longer than their columns hold, with each
    /// column's limit: the policy file format has no limits of its own, the store does.
    /// </summary>
    public static IEnumerable<(string Field, int Max)> FieldsTooLong(this PolicyRow row)
    {
        if (row.Note?.Length > PolicyRowEntity.MaxNoteLength)
            yield return ("note", PolicyRowEntity.MaxNoteLength);
        if (row.Source.Page is not { } page)
            yield break;
        if (page.Address.Length > PolicyRowEntity.MaxAddressLength)
            yield return ("address", PolicyRowEntity.MaxAddressLength);
        if (page.Title?.Length > PolicyRowEntity.MaxTitleLength)
            yield return ("title", PolicyRowEntity.MaxTitleLength);
        if (page.Published?.Length > PolicyRowEntity.MaxPublishedLength)
            yield return ("published", PolicyRowEntity.MaxPublishedLength);
        if (page.Publisher.Length > PolicyRowEntity.MaxPublisherLength)
            yield return ("publisher", PolicyRowEntity.MaxPublisherLength);
    }

    public static City ToDomain(this CityEntity e) => new(e.Code, e.NameZh, e.NameEn);

    /// <summary>A stored row's source: a seed text, or a page where the row has an address.</summary>
    private static PolicySource Source(this PolicyRowEntity e) => new(e.SourceFile, e.SourceQuote, e.SourceDocument)
    {
        Authority = e.SourceAuthority,
        Page = e.SourceAddress is { } address ? new SourcePage(address, e.SourceTitle, e.SourcePublished, e.SourcePublisher ?? "") : null,
    };
}
