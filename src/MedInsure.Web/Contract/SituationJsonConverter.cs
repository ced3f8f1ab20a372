using MedInsure.Domain.Policies;

namespace MedInsure.Web.Contract;

/// <summary><c>situation</c> and a missing rule's <c>situation</c>: within_window, over_window or first_enrollment.</summary>
public sealed class SituationJsonConverter() : CodeJsonConverter<Situation>(PolicyKeys.Code);
