using System.Globalization;
using FluentValidation.Results;
using MedInsure.Domain.Policies;
using MedInsure.Domain.Time;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// A row typed into the editor: the form's own checks (required fields, dates, lengths), then the
/// domain's <see cref="PolicyRules.CheckRow"/> (value type and range per key, unit, dates in order,
/// source and quote), then no overlap with the other rows of the same city and key in the database.
/// Call <see cref="ValidateAsync(PolicyRowForm, int?, CancellationToken)"/> with the id of the row
/// being edited, or null for a new row.
/// </summary>
public sealed class PolicyRowFormValidator : AbstractValidator<PolicyRowForm>
{
    private const string RowIdKey = "rowId";
    private readonly MedInsureDbContext _db;

    public PolicyRowFormValidator(MedInsureDbContext db)
    {
        _db = db;
        RuleFor(x => x.Key).Required(Messages.KeyRequired);
        RuleFor(x => x.Value).Cascade(CascadeMode.Stop)
            .Required(Messages.ValueRequired)
            .MaximumLength(100).With(Messages.TooLong(100));
        RuleFor(x => x.From).Must(IsDateOrBlank).With(Messages.DateInvalid);
        RuleFor(x => x.To).Must(IsDateOrBlank).With(Messages.DateInvalid);
        RuleFor(x => x.Basis).Cascade(CascadeMode.Stop)
            .Required(Messages.BasisRequired)
            .Must(b => PolicyCodes.TryParseBasis(b!.Trim(), out _)).With(Messages.BasisUnknown);
        RuleFor(x => x.Source).MaximumLength(200).With(Messages.TooLong(200));
        RuleFor(x => x.Quote).MaximumLength(2000).With(Messages.TooLong(2000));
        RuleFor(x => x.Authority).Cascade(CascadeMode.Stop)
            .Must(a => !ValidationRules.NotBlank(a) || PolicyCodes.TryParseAuthority(a!.Trim(), out _)).With(Messages.AuthorityUnknown)
            .Must((form, a) => !form.IsPageSource || ValidationRules.NotBlank(a)).With(Messages.AuthorityRequired);
        // A page needs its address; a seed text has no page (the policy file format's rule).
        RuleFor(x => x.Address).Cascade(CascadeMode.Stop)
            .Must((form, a) => !form.IsPageSource || ValidationRules.NotBlank(a)).With(Messages.AddressRequired)
            .Must((form, _) => form.IsPageSource || !form.HasPageFields).With(Messages.PageOnSeed)
            .MaximumLength(PolicyRowEntity.MaxAddressLength).With(Messages.TooLong(PolicyRowEntity.MaxAddressLength));
        RuleFor(x => x.Title).MaximumLength(PolicyRowEntity.MaxTitleLength).With(Messages.TooLong(PolicyRowEntity.MaxTitleLength));
        RuleFor(x => x.Published).Must(IsPublishedOrBlank).With(Messages.PublishedInvalid);
        RuleFor(x => x.Publisher).MaximumLength(PolicyRowEntity.MaxPublisherLength).With(Messages.TooLong(PolicyRowEntity.MaxPublisherLength));
        RuleFor(x => x.Document).MaximumLength(200).With(Messages.TooLong(200));
        RuleFor(x => x.Note).MaximumLength(PolicyRowEntity.MaxNoteLength).With(Messages.TooLong(PolicyRowEntity.MaxNoteLength));
        RuleFor(x => x).CustomAsync(CheckRowAsync);
    }

    public Task<ValidationResult> ValidateAsync(PolicyRowForm form, int? rowId, CancellationToken cancellationToken = default)
    {
        var context = new ValidationContext<PolicyRowForm>(form);
        context.RootContextData[RowIdKey] = rowId;
        return ValidateAsync(context, cancellationToken);
    }

    private async Task CheckRowAsync(PolicyRowForm form, ValidationContext<PolicyRowForm> context, CancellationToken cancellationToken)
    {
        var rowId = context.RootContextData.TryGetValue(RowIdKey, out var id) ? id as int? : null;
        var city = rowId is { } existing
            ? await _db.PolicyRows.Where(r => r.Id == existing).Select(r => r.City).FirstOrDefaultAsync(cancellationToken)
            : form.City?.Trim();
        if (rowId is not null && city is null)
        {
            context.AddFailure(ValidationRules.Failure("", Messages.RowNotFound));
            return;
        }
        if (string.IsNullOrEmpty(city))
        {
            context.AddFailure(ValidationRules.Failure(nameof(PolicyRowForm.City), Messages.CityCodeRequired));
            return;
        }
        if (rowId is null && !await _db.Cities.AnyAsync(c => c.Code == city, cancellationToken))
        {
            context.AddFailure(ValidationRules.Failure(nameof(PolicyRowForm.City), Messages.CityNotAdded));
            return;
        }

        // A date that does not parse is reported by its own rule; the rest needs both dates.
        if (form.ToRow(city) is not { } row)
            return;

        // A blank key or value is already reported as required; the domain would only add noise about it.
        var blank = new[] { ("key", form.Key), ("value", form.Value) }.Where(f => !ValidationRules.NotBlank(f.Item2)).Select(f => f.Item1).ToList();
        var problems = PolicyRules.CheckRow(new PolicyRules.Candidate(row)).Where(p => !blank.Contains(p.Field!)).ToList();
        foreach (var problem in problems)
            context.AddFailure(new ValidationFailure(FormField(problem.Field), problem.Message) { ErrorCode = "row.rule" });
        if (problems.Count > 0 || blank.Count > 0)
            return;

        var others = await _db.PolicyRows.AsNoTracking()
            .Where(r => r.City == city && r.Key == row.Key && r.Id != (rowId ?? 0))
            .ToListAsync(cancellationToken);
        foreach (var other in others.Where(o => PolicyRules.RangesOverlap(o.ToDomain(), row)))
            context.AddFailure(ValidationRules.Failure(nameof(PolicyRowForm.From), Messages.Overlaps(Days.Range(other.EffectiveFrom, other.EffectiveTo), other.Value)));
    }

    /// <summary>The form property a domain problem belongs beside; the unit follows from the key.</summary>
    private static string FormField(string? field) => field switch
    {
        "key" or "unit" => nameof(PolicyRowForm.Key),
        "value" => nameof(PolicyRowForm.Value),
        "from" => nameof(PolicyRowForm.From),
        "to" => nameof(PolicyRowForm.To),
        "source" => nameof(PolicyRowForm.Source),
        "quote" or "statement" => nameof(PolicyRowForm.Quote),
        "address" => nameof(PolicyRowForm.Address),
        "publisher" => nameof(PolicyRowForm.Publisher),
        "note" => nameof(PolicyRowForm.Note),
        _ => "",
    };

    private static bool IsDateOrBlank(string? text) => Days.TryParse(text, out _);

    /// <summary>A page's date as it shows it: a day or only a month.</summary>
    private static bool IsPublishedOrBlank(string? text) =>
        !ValidationRules.NotBlank(text)
        || DateOnly.TryParseExact(text!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || YearMonth.TryParse(text.Trim(), out _);
}
