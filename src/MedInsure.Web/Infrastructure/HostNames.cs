namespace MedInsure.Web.Infrastructure;

/// <summary>
/// <c>AllowedHosts</c>: the host names the app answers to (separated by semicolons), checked by
/// ASP.NET Core's host filtering (400 for any other Host header). In Production it must name the
/// site's host names: with <c>*</c> any Host header a client sends is written back into absolute
/// redirects and links. The app refuses to start in Production with <c>*</c> or nothing.
/// </summary>
public static class HostNames
{
    public const string Setting = "AllowedHosts";

    public static void RequireInProduction(IHostEnvironment environment, IConfiguration configuration)
    {
        if (!environment.IsProduction())
            return;
        var hosts = (configuration[Setting] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0 || hosts.Contains("*"))
            throw new InvalidOperationException(
                $"{Setting} must list the site's host names in Production (e.g. AllowedHosts=medinsure.example.cn;www.medinsure.example.cn), not '*'. See docs/security.md. / 生产环境必须在 {Setting} 中列出站点的主机名，不能是 *。");
    }
}
