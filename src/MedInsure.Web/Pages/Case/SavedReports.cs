using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// How a saved case's input and report are stored and read back. A case holds its input as
/// <see cref="CompactInput"/> and its report as <see cref="SavedReportCodec"/>'s figures and row ids,
/// shown again from the published version it names; a case saved before that holds both as JSON
/// (<see cref="SavedCaseEntity.InputJson"/>, <see cref="SavedCaseEntity.ResultJson"/>) and is shown
/// from it, exactly as it was told.
/// </summary>
public sealed class SavedReports(PolicyVersions published, VersionRowsCache versions)
{
    // A saved result keeps the shape of the day it was saved: a field the contract gained since reads
    // as its default (no caveats, no resumption payment) instead of refusing the whole case.
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { EveryFieldOptional } },
    };

    /// <summary>The rows of the published version a report names; null where it names none.</summary>
    public async Task<VersionRows?> VersionOfAsync(CheckReport report, CancellationToken cancellationToken = default) =>
        report.Result.PolicyVersionNumber is { } number ? await versions.FindAsync(published, report.Result.City, number, cancellationToken) : null;

    /// <summary>Fills the entity's <see cref="SavedCaseEntity.Input"/> and <see cref="SavedCaseEntity.Figures"/>.</summary>
    /// <param name="version">The version the report was computed under (<see cref="VersionOfAsync"/>).</param>
    public static void Store(SavedCaseEntity entity, CheckReport report, VersionRows? version)
    {
        entity.Input = CompactInput.Encode(report.Input);
        entity.Figures = SavedReportCodec.Write(report, version, Json);
    }

    /// <summary>The case's report as it was told.</summary>
    public async Task<CheckReport> ReadAsync(SavedCaseEntity entity, CancellationToken cancellationToken = default)
    {
        if (entity.Figures is null)
            return ReadJson(entity.ResultJson ?? throw Damaged(entity));
        var version = entity.PolicyVersionNumber is { } number
            ? await versions.FindAsync(published, entity.City, number, cancellationToken)
                ?? throw new InvalidDataException($"Saved case {entity.Code} names version {number} of {entity.City}, which is not on record.")
            : null;
        return SavedReportCodec.Read(entity.Figures, InputOf(entity), version, entity.PolicyVersion, entity.EngineVersion, Json);
    }

    /// <summary>The case's input; it passed the validator when it was saved.</summary>
    public static CheckInput InputOf(SavedCaseEntity entity) => InputOf(entity.Input, entity.InputJson);

    /// <inheritdoc cref="InputOf(SavedCaseEntity)"/>
    public static CheckInput InputOf(byte[]? input, string? inputJson) =>
        input is not null ? CompactInput.Decode(input)
        : JsonSerializer.Deserialize<CheckInput>(inputJson ?? throw new InvalidDataException("A saved case holds no input."), Json)!;

    /// <summary>A report stored as JSON, as cases saved before the compact form hold it.</summary>
    public static CheckReport ReadJson(string resultJson) => JsonSerializer.Deserialize<CheckReport>(resultJson, Json)!;

    private static InvalidDataException Damaged(SavedCaseEntity entity) => new($"Saved case {entity.Code} holds no report.");

    private static void EveryFieldOptional(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
            property.IsRequired = false;
    }
}
