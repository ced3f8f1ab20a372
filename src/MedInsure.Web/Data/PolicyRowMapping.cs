using System.Text;
using System.Text.Json;
using MedInsure.Domain.Policies;

namespace MedInsure.Web.Data;

/// <summary>
/// Between stored rows and the engine's rows. A row's basis, its source's authority and its page
/// (address, title, date, publisher) have no columns of their own yet: until the PolicyRows table
/// gets them (a schema change, docs/decisions/0008), they travel in the <c>Note</c> column as a small
/// JSON object beside the note, written and read only here.
/// </summary>
public static class PolicyRowMapping
{
    public static PolicyRow ToDomain(this PolicyRowEntity e)
    {
        var stored = StoredNote.Read(e.Note);
        return new(e.City, e.Key, e.Value, e.Unit, e.EffectiveFrom, e.EffectiveTo,
            new PolicySource(e.SourceFile, e.SourceQuote, e.SourceDocument) { Authority = stored.Authority, Page = stored.Page },
            stored.Note, stored.Basis);
    }

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
        Note = StoredNote.Write(row.Note, row.Basis, row.Source.Authority, row.Source.Page),
        UpdatedAt = now,
    };

    /// <summary>
    /// Writes a row's content (everything but its city, id and revision) into a stored row. A row from
    /// the editor form, which does not ask for a basis yet, keeps the stored row's basis and page.
    /// </summary>
    public static void CopyTo(this PolicyRow row, PolicyRowEntity e)
    {
        var kept = StoredNote.Read(e.Note);
        var keep = row.Basis is null && row.Source.Authority is null && row.Source.Page is null && row.Source.File == e.SourceFile;
        e.Key = row.Key;
        e.Value = row.Value;
        e.Unit = row.Unit;
        e.EffectiveFrom = row.EffectiveFrom;
        e.EffectiveTo = row.EffectiveTo;
        e.SourceFile = row.Source.File;
        e.SourceQuote = row.Source.Quote;
        e.SourceDocument = row.Source.Document;
        e.Note = keep
            ? StoredNote.Write(row.Note, kept.Basis, kept.Authority, kept.Page)
            : StoredNote.Write(row.Note, row.Basis, row.Source.Authority, row.Source.Page);
    }

    /// <summary>The note as a person wrote it, without the stored provenance.</summary>
    public static string? NoteOf(this PolicyRowEntity e) => StoredNote.Read(e.Note).Note;

    public static City ToDomain(this CityEntity e) => new(e.Code, e.NameZh, e.NameEn);

    /// <summary>The Note column's contents: a plain note, or <c>{"note", "basis", "authority", "page"}</c>.</summary>
    private readonly record struct StoredNote(string? Note, PolicyBasis? Basis, SourceAuthority? Authority, SourcePage? Page)
    {
        public static string? Write(string? note, PolicyBasis? basis, SourceAuthority? authority, SourcePage? page)
        {
            if (basis is null && authority is null && page is null)
                return note;
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                if (note is not null)
                    json.WriteString("note", note);
                if (basis is { } b)
                    json.WriteString("basis", b.Code());
                if (authority is { } a)
                    json.WriteString("authority", a.Code());
                if (page is not null)
                {
                    json.WriteStartObject("page");
                    json.WriteString("address", page.Address);
                    if (page.Title is { } title)
                        json.WriteString("title", title);
                    if (page.Published is { } published)
                        json.WriteString("published", published);
                    json.WriteString("publisher", page.Publisher);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        public static StoredNote Read(string? stored)
        {
            if (stored is null || !stored.StartsWith("{\"", StringComparison.Ordinal))
                return new StoredNote(stored, null, null, null);
            try
            {
                using var document = JsonDocument.Parse(stored);
                var root = document.RootElement;
                PolicyBasis? basis = PolicyCodes.TryParseBasis(Text(root, "basis"), out var b) ? b : null;
                SourceAuthority? authority = PolicyCodes.TryParseAuthority(Text(root, "authority"), out var a) ? a : null;
                SourcePage? page = root.TryGetProperty("page", out var p) && p.ValueKind == JsonValueKind.Object
                    ? new SourcePage(Text(p, "address") ?? "", Text(p, "title"), Text(p, "published"), Text(p, "publisher") ?? "")
                    : null;
                if (basis is null && authority is null && page is null)
                    return new StoredNote(stored, null, null, null);
                return new StoredNote(Text(root, "note"), basis, authority, page);
            }
            catch (JsonException)
            {
                // A note someone typed that merely starts like JSON.
                return new StoredNote(stored, null, null, null);
            }
        }

        private static string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
    }
}
