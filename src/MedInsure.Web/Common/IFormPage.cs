using System.Collections.Frozen;
using System.Reflection;
using FluentValidation.Results;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Common;

/// <summary>A page whose form shows <see cref="FormErrors"/> beside its fields.</summary>
public interface IFormPage
{
    FormErrors Errors { get; }
}
