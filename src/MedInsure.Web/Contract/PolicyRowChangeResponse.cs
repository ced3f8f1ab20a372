using MedInsure.Domain.Policies;

namespace MedInsure.Web.Contract;

/// <summary>One changed row: <c>added</c>, <c>ended</c>, <c>changed</c> or <c>removed</c>, its id and key.</summary>
public sealed record PolicyRowChangeResponse(string Change, string Id, string Key)
{
    public static PolicyRowChangeResponse Of(PolicyRowChange change) =>
        new(change.Kind.ToString().ToLowerInvariant(), change.Id, change.Row.Key);
}
