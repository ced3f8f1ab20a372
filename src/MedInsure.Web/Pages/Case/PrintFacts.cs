namespace MedInsure.Web.Pages.Case;

/// <summary>What the printed page adds to the screen's: the inputs, the case code where saved, the day it was computed and the disclaimer.</summary>
public sealed record PrintFacts(CheckReport Report, string? CaseCode);
