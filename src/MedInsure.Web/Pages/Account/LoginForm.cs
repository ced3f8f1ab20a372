using FluentValidation;
using MedInsure.Web.Common;
using MedInsure.Web.Pages.Admin;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin.Policies;

namespace MedInsure.Web.Pages.Account;

public sealed class LoginForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
