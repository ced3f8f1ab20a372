using System.Collections.Frozen;
using System.Reflection;
using FluentValidation.Results;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Common;

/// <summary>The model of the _ErrorSummary partial: the errors and how each field is named to the reader.</summary>
public sealed record ErrorSummary(FormErrors Errors, Func<string, string> FieldName);
