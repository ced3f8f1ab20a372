using Serilog.Core;
using Serilog.Events;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// ASP.NET Core puts the raw request path in a logging scope on every event; it can hold a case
/// code. The request event names the route pattern instead.
/// </summary>
internal sealed class DropRequestPath : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory) =>
        logEvent.RemovePropertyIfPresent("RequestPath");
}
