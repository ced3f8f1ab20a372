namespace MedInsure.Web.Common;

/// <summary>The model of the _ErrorSummary partial: the errors and how each field is named to the reader.</summary>
public sealed record ErrorSummary(FormErrors Errors, Func<string, string> FieldName);
