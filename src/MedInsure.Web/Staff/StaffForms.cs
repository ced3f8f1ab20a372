using FluentValidation;
using MedInsure.Web.Admin;
using MedInsure.Web.Pages.Case;
using MedInsure.Web.Common;
using MedInsure.Web.Data;

namespace MedInsure.Web.Staff;

/// <summary>
/// The staff lookup form: every field optional, at least one filled; the filled ones must all
/// match. Posted (never in a URL), because the ID number and the name are personal data.
/// </summary>
public sealed class CaseSearchForm
{
    /// <summary>A case code, with or without hyphens, in any case.</summary>
    public string? Code { get; set; }

    /// <summary>The full 18-character ID number; matched through its keyed hash, never kept.</summary>
    public string? IdNumber { get; set; }

    /// <summary>A masked name (张*明), a full name (masked before matching) or one surname character.</summary>
    public string? Name { get; set; }

    /// <summary>A city code.</summary>
    public string? City { get; set; }

    /// <summary>First day saved, yyyy-MM-dd (China time), included.</summary>
    public string? From { get; set; }

    /// <summary>Last day saved, yyyy-MM-dd (China time), included.</summary>
    public string? To { get; set; }

    public bool IsEmpty =>
        new[] { Code, IdNumber, Name, City, From, To }.All(string.IsNullOrWhiteSpace);
}

/// <summary>A staff member's note on a case.</summary>
public sealed class CaseNoteForm
{
    public string? Text { get; set; }
}

/// <summary>Staff form errors, Chinese with English beside, like the admin pages.</summary>
public static class StaffMessages
{
    public static readonly BilingualMessage NothingToSearch = new("search.empty",
        "请至少填写一项查询条件", "fill in at least one search field");
    public static readonly BilingualMessage CityUnknown = new("city.unknown", "未知的城市", "unknown city");
    public static readonly BilingualMessage DateInvalid = new("date.invalid", "日期格式应为 yyyy-MM-dd", "the date must be yyyy-MM-dd");
    public static readonly BilingualMessage DatesOutOfOrder = new("dates.order", "结束日期早于开始日期", "the last day is before the first day");
    public static readonly BilingualMessage NoteRequired = new("note.required", "请填写备注内容", "the note is empty");
    public static readonly BilingualMessage NoteTooLong = new("note.tooLong",
        $"备注最多 {CaseNoteEntity.MaxTextLength} 个字符", $"a note has at most {CaseNoteEntity.MaxTextLength} characters");
}

public sealed class CaseSearchFormValidator : AbstractValidator<CaseSearchForm>
{
    public CaseSearchFormValidator(PolicySnapshotProvider policies)
    {
        RuleFor(f => f).Custom((form, context) =>
        {
            if (form.IsEmpty)
                context.AddFailure(PolicyRowFormValidator.Failure("", StaffMessages.NothingToSearch));
        });
        RuleFor(f => f.Code).Must(c => !AdminRules.NotBlank(c) || CaseCode.TryNormalize(c, out _)).With(CaseMessages.CodeInvalid);
        RuleFor(f => f.IdNumber).Must(id => !AdminRules.NotBlank(id) || Pages.Case.IdNumber.IsValid(id)).With(CaseMessages.IdNumberInvalid);
        RuleFor(f => f.Name).Must(n => n is null || n.Trim().Length <= CaseMessages.MaxNameLength).With(CaseMessages.NameTooLong);
        RuleFor(f => f.City).Must(c => !AdminRules.NotBlank(c) || policies.Current.TryGetCity(c!.Trim(), out _)).With(StaffMessages.CityUnknown);
        RuleFor(f => f.From).Must(IsDateOrBlank).With(StaffMessages.DateInvalid);
        RuleFor(f => f.To).Must(IsDateOrBlank).With(StaffMessages.DateInvalid)
            .Must((form, to) => !(PolicyRowForm.TryParseDate(form.From, out var from) && PolicyRowForm.TryParseDate(to, out var last) && from > last))
            .With(StaffMessages.DatesOutOfOrder);
    }

    private static bool IsDateOrBlank(string? text) => PolicyRowForm.TryParseDate(text, out _);
}

public sealed class CaseNoteFormValidator : AbstractValidator<CaseNoteForm>
{
    public CaseNoteFormValidator()
    {
        RuleFor(f => f.Text).Cascade(CascadeMode.Stop)
            .Required(StaffMessages.NoteRequired)
            .Must(t => t!.Trim().Length <= CaseNoteEntity.MaxTextLength).With(StaffMessages.NoteTooLong);
    }
}
