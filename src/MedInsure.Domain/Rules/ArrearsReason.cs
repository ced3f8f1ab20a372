namespace MedInsure.Domain.Rules;

/// <summary>Why an arrears amount is null other than a missing row (docs/api-contract.md, <c>arrears.reason</c>).</summary>
public enum ArrearsReason
{
    /// <summary><c>employerBase</c>: an employer's arrears depend on its contribution (wage) base, which the engine does not know.</summary>
    EmployerBase,

    /// <summary><c>notApplicable</c>: resident insurance has no monthly arrears; see the resumption payment.</summary>
    NotApplicable,
}
