using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Infrastructure;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// Saves a check under a new code and finds it again. The name and ID number are reduced to their
/// masked forms (and the ID to a keyed hash) before anything is stored.
/// </summary>
public sealed class CaseStore(MedInsureDbContext db, CheckReports reports, IdNumberHasher hasher, TimeProvider clock, MedInsureMetrics metrics)
{
    // A saved result keeps the shape of the day it was saved: a field the contract gained since reads
    // as its default (no caveats, no resumption payment) instead of refusing the whole case.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { EveryFieldOptional } },
    };

    /// <summary>
    /// Runs the check and stores input and result; returns the new code. The input must have passed
    /// its validator, and an ID number, when given, <see cref="IdNumber.IsValid"/>.
    /// </summary>
    public async Task<string> SaveAsync(CheckInput input, string? name, string? idNumber, CancellationToken cancellationToken = default)
    {
        var report = reports.Create(input);
        var id = string.IsNullOrWhiteSpace(idNumber) ? null : idNumber;
        var now = clock.GetUtcNow();
        var entity = new SavedCaseEntity
        {
            Code = await UnusedCodeAsync(cancellationToken),
            InputJson = JsonSerializer.Serialize(input, Json),
            ResultJson = JsonSerializer.Serialize(report, Json),
            PolicyVersion = report.Result.PolicyVersion,
            EngineVersion = report.Result.EngineVersion,
            HolderNameMasked = string.IsNullOrWhiteSpace(name) ? null : PersonName.Mask(name),
            IdNumberMasked = id is null ? null : IdNumber.Mask(id),
            IdNumberHash = id is null ? null : hasher.Hash(id),
            City = report.Result.City,
            CreatedAt = now,
            CreatedAtUtc = now.UtcDateTime,
        };
        db.SavedCases.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        metrics.CaseSaved(entity.City);
        return entity.Code;
    }

    /// <summary>The case a typed code names, or null for a malformed or unknown code.</summary>
    public async Task<SavedCase?> FindAsync(string? typedCode, CancellationToken cancellationToken = default)
    {
        if (!CaseCode.TryNormalize(typedCode, out var code))
            return null;
        var entity = await db.SavedCases.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (entity is null)
            return null;
        var report = ReadReport(entity.ResultJson);
        var input = ReadInput(entity.InputJson);
        return new SavedCase(code, report, entity.CreatedAt, entity.HolderNameMasked, IdNumber.Remask(entity.IdNumberMasked),
            PoliciesChangedSince: TodaysVersion(input) != entity.PolicyVersion);
    }

    /// <summary>A stored case's result (<see cref="SavedCaseEntity.ResultJson"/>), as it was told.</summary>
    public static CheckReport ReadReport(string resultJson) => JsonSerializer.Deserialize<CheckReport>(resultJson, Json)!;

    /// <summary>A stored case's input (<see cref="SavedCaseEntity.InputJson"/>); it passed the validator when saved.</summary>
    public static CheckInput ReadInput(string inputJson) => JsonSerializer.Deserialize<CheckInput>(inputJson, Json)!;

    private static void EveryFieldOptional(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
            property.IsRequired = false;
    }

    /// <summary>The version today's rows give the same input; null when the city is gone.</summary>
    private string? TodaysVersion(CheckInput input)
    {
        try
        {
            return reports.Create(input).Result.PolicyVersion;
        }
        catch (MedInsure.Domain.Rules.UnknownCityException)
        {
            return null;
        }
    }

    private async Task<string> UnusedCodeAsync(CancellationToken cancellationToken)
    {
        // 60 random bits make a clash all but impossible; the unique index is the final guard.
        while (true)
        {
            var code = CaseCode.NewCode();
            if (!await db.SavedCases.AnyAsync(c => c.Code == code, cancellationToken))
                return code;
        }
    }
}
