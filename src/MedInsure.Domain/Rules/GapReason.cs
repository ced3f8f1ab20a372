namespace MedInsure.Domain.Rules;

/// <summary>
/// Why an employee resumes through an employer (docs/rules.md, "Who resumes, and how"): the same
/// employer pays what it owed, or a (new) job follows the person's own interruption.
/// </summary>
public enum GapReason
{
    /// <summary><c>employerArrears</c>: the same employer pays its arrears (group <c>employer_arrears</c>).</summary>
    EmployerArrears,

    /// <summary><c>stopped</c>: the person stopped, e.g. left a job, and a new job starts (group <c>employer_new</c>).</summary>
    Stopped,
}
