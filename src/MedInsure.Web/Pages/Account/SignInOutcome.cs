using MedInsure.Web.Common;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Admin;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Pages.Admin.Policies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MedInsure.Web.Pages.Account;

/// <summary>How a sign-in went; a signed-in user is told apart as staff or admin, to land on the right page.</summary>
public enum SignInOutcome { Failed, LockedOut, Staff, Admin }
