using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MedInsure.Testing;

/// <summary>
/// The app as a separate operating-system process (the built MedInsure.Web.dll with --urls on a
/// free loopback port), for tests that need real nodes: several at once, or one that is killed.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public bool HasExited => _process.HasExited;

    public HttpClient CreateClient(bool allowAutoRedirect = true, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = allowAutoRedirect, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>Starts a node with these settings (configuration keys, e.g. ConnectionStrings:MedInsure) and waits until /healthz answers 200.</summary>
    public static async Task<AppProcess> StartAsync(IDictionary<string, string> settings, string dataDirectory, TimeSpan? timeout = null, bool waitUntilHealthy = true)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = StartInfo(settings, Path.Combine(dataDirectory, "logs", $"node-{port}-.log"), "--urls", address.ToString().TrimEnd('/'));
        var node = new AppProcess(Process.Start(start)!, address);
        try
        {
            if (waitUntilHealthy)
                await node.WaitUntilHealthyAsync(timeout ?? TimeSpan.FromSeconds(60));
        }
        catch
        {
            await node.DisposeAsync(); // no test gets it, so no test would stop it
            throw;
        }
        return node;
    }

    /// <summary>
    /// Runs a maintenance command (<c>create-admin --user NAME</c>, <c>backup --to FILE</c>) with these
    /// settings, as an operator would on a node, and returns its exit code and everything it printed.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IDictionary<string, string> settings, string dataDirectory, params string[] args)
    {
        var start = StartInfo(settings, Path.Combine(dataDirectory, "logs", "command-.log"), args);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The built app with test defaults (the fixture policies, lifted rate limits, a log file) under <paramref name="settings"/>.</summary>
    private static ProcessStartInfo StartInfo(IDictionary<string, string> settings, string logPath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "MedInsure.Web.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Policies__Directory"] = RepositoryPaths.FixturePolicies;
        start.Environment["Serilog__WriteTo__1__Args__path"] = logPath;
        start.Environment["RateLimits__Checks__Burst"] = "100000";
        start.Environment["RateLimits__Checks__PerSecond"] = "100000";
        start.Environment["RateLimits__SignIn__PerMinute"] = "100000";
        start.Environment["RateLimits__CaseLookups__PerMinute"] = "100000";
        start.Environment["RateLimits__IdSearches__PerHour"] = "100000";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return start;
    }

    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = CreateClient();
        client.Timeout = TimeSpan.FromSeconds(5);
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The app at {Address} was not healthy within {timeout}:\n{Output}");
    }

    /// <summary>kill -9: no shutdown, no flushing.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.CompletedTask;
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
