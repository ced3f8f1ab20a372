using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>The row with its new end must pass every check of an edited row; the problems are shown beside the date.</summary>
public sealed class EndRowFormValidator : AbstractValidator<EndRowForm>
{
    private const string RowIdKey = "rowId";

    public EndRowFormValidator(MedInsureDbContext db, PolicyRowFormValidator rows)
    {
        RuleFor(x => x.To).Required(Messages.EndRequired);
        RuleFor(x => x.Reason).Reason();
        RuleFor(x => x).CustomAsync(async (form, context, cancellationToken) =>
        {
            if (!ValidationRules.NotBlank(form.To) || !context.RootContextData.TryGetValue(RowIdKey, out var value) || value is not int id)
                return;
            var row = await db.PolicyRows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (row is null)
            {
                context.AddFailure(ValidationRules.Failure("", Messages.RowNotFound));
                return;
            }
            var ended = PolicyRowForm.Of(row);
            ended.To = form.To;
            ended.Reason = form.Reason;
            var result = await rows.ValidateAsync(ended, id, cancellationToken);
            // The reason has its own rule above; the row's problems belong beside its last day.
            foreach (var error in result.Errors.Where(e => e.PropertyName != nameof(PolicyRowForm.Reason)))
                context.AddFailure(nameof(EndRowForm.To), error.ErrorMessage);
        });
    }

    public Task<FluentValidation.Results.ValidationResult> ValidateAsync(EndRowForm form, int rowId, CancellationToken cancellationToken = default)
    {
        var context = new ValidationContext<EndRowForm>(form);
        context.RootContextData[RowIdKey] = rowId;
        return ValidateAsync(context, cancellationToken);
    }
}
