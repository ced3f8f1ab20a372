using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// ASP.NET Core puts the raw request path in a logging scope on every event; a path such as
/// /case/ABCD-EFGH-JKLM holds a case code, which opens a person's saved case. The request log
/// names the route pattern instead (<see cref="RequestLoggingMiddleware"/>).
/// </summary>
internal sealed class DropRequestPath : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory) =>
        logEvent.RemovePropertyIfPresent("RequestPath");
}
