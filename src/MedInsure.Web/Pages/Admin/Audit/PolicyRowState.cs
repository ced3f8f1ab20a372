using MedInsure.Domain.Policies;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Audit;

/// <summary>A stored policy row as the audit log records it (before and after a change): what it rests on and its page included.</summary>
public sealed record PolicyRowState(
    int Id, string City, string Key, string Value, string Unit, DateOnly? From, DateOnly? To,
    string Source, string Quote, string? Document, string? Note, int Revision,
    string? Basis = null, string? Authority = null, string? Address = null, string? Title = null, string? Published = null, string? Publisher = null)
{
    public static PolicyRowState Of(PolicyRowEntity row) =>
        new(row.Id, row.City, row.Key, row.Value, row.Unit, row.EffectiveFrom, row.EffectiveTo,
            row.SourceFile, row.SourceQuote, row.SourceDocument, row.Note, row.Revision,
            row.Basis?.Code(), row.SourceAuthority?.Code(), row.SourceAddress, row.SourceTitle, row.SourcePublished, row.SourcePublisher);
}
