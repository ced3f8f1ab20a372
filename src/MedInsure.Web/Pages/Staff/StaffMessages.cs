using FluentValidation;
using MedInsure.Web.Common;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Admin;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Pages.Staff;

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
