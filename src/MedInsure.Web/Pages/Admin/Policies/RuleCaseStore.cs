using MedInsure.Domain.Rules;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// The rule cases admins add in the app, beside the city's cases in policies/tests/: one case in
/// the same YAML, read by the same reader before it is kept, run against every draft of its city.
/// Removing one keeps its row (marked removed) so that the audit log's reference stays readable.
/// </summary>
public sealed class RuleCaseStore(MedInsureDbContext db, AuditLog audit, RuleCaseRunner runner, TimeProvider clock)
{
    public const int MaxYamlLength = 8000;

    public Task<List<RuleCaseEntity>> ListAsync(string city, CancellationToken cancellationToken = default) =>
        db.RuleCases.AsNoTracking().Where(c => c.City == city && c.RemovedAtUtc == null).OrderBy(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>Adds the case; null when added, else what is wrong with it (nothing is kept then).</summary>
    public async Task<BilingualMessage?> AddAsync(string city, string? yaml, string user, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(yaml))
            return Messages.RuleCaseRequired;
        if (yaml.Length > MaxYamlLength)
            return Messages.RuleCaseTooLong(MaxYamlLength);
        IReadOnlyList<RuleCase> cases;
        try
        {
            cases = RuleCase.Load("new.yaml", yaml, "rule case");
        }
        catch (InvalidDataException ex)
        {
            return Messages.RuleCaseInvalid(ex.Message);
        }
        if (cases.Count != 1)
            return Messages.RuleCaseNotOne;
        var ruleCase = cases[0];
        if (!string.Equals(ruleCase.City, city, StringComparison.OrdinalIgnoreCase))
            return Messages.RuleCaseOtherCity(city);
        if ((await runner.NamesAsync(city, cancellationToken)).Contains(ruleCase.Name))
            return Messages.RuleCaseNameTaken(ruleCase.Name);

        var entity = new RuleCaseEntity
        {
            City = city,
            Name = ruleCase.Name,
            Yaml = yaml,
            CreatedBy = user,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.RuleCases.Add(entity);
        audit.Record(user, AuditActions.RuleCaseAdd, city, reason: reason.Trim(), after: new { name = ruleCase.Name });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Marks the case removed; null when done, else why not.</summary>
    public async Task<BilingualMessage?> RemoveAsync(int id, string user, string reason, CancellationToken cancellationToken = default)
    {
        var entity = await db.RuleCases.FirstOrDefaultAsync(c => c.Id == id && c.RemovedAtUtc == null, cancellationToken);
        if (entity is null)
            return Messages.RuleCaseNotFound;
        entity.RemovedBy = user;
        entity.RemovedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record(user, AuditActions.RuleCaseRemove, entity.City, reason: reason.Trim(), before: new { name = entity.Name });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
