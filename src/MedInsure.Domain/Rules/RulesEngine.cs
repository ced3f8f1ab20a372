using System.Reflection;
using MedInsure.Domain.Policies;

namespace MedInsure.Domain.Rules;

/// <summary>
/// Applies a city's policy rows to a contribution history. Every figure comes from a row; where no
/// row covers what a figure needs, the figure is null and the result names what is missing.
/// The engine never reads the clock: the resumption month is the only "now" it knows.
/// </summary>
public static class RulesEngine
{
    public static string Version { get; } =
        typeof(RulesEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static CheckResult Check(PolicySnapshot policies, CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(request);
        if (!policies.TryGetCity(request.City, out var city))
            throw new UnknownCityException(request.City);
        return new Calculation(city, request).Run();
    }
}
