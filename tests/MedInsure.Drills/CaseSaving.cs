using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace MedInsure.Drills;

/// <summary>
/// One citizen saving cases the way a browser without JavaScript does: GET /check, POST the form
/// (its antiforgery token included), GET the result page it redirects to, POST that page's save form.
/// A save counts as acknowledged only when the app answered it with the redirect to /case/{code}.
/// </summary>
public sealed class CaseSaveClient : IDisposable
{
    private readonly HttpClient _client;

    public CaseSaveClient(Uri baseAddress) =>
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(15),
        };

    /// <summary>Saves case number <paramref name="n"/> (each a slightly different history); returns the code in the /case/{code} redirect.</summary>
    public async Task<string> SaveAsync(int n, CancellationToken cancellationToken)
    {
        var form = await GetPageAsync("/check", cancellationToken);
        var check = Fields(Form(form, "#check-form"));
        check["city"] = "chongqing";
        check["resumeAs"] = "individual";
        check["resumeMonth"] = "2024-01";
        check["tier"] = "1";
        check["periods[0].from"] = $"{2000 + n % 20}-{1 + n % 12:D2}";
        check["periods[0].to"] = "2023-10";
        check["periods[0].payer"] = n % 2 == 0 ? "employer" : "individual";
        var resultPath = await PostForRedirectAsync("/check", check, "/check/result?", cancellationToken);

        var result = await GetPageAsync(resultPath, cancellationToken);
        var saveForm = Form(result, "form[action*='handler=Save']");
        var save = Fields(saveForm);
        save["name"] = "演练" + n;
        var casePath = await PostForRedirectAsync(saveForm.GetAttribute("action")!, save, "/case/", cancellationToken);
        return casePath["/case/".Length..];
    }

    /// <summary>Whether the app shows the case page of <paramref name="code"/>.</summary>
    public async Task<HttpStatusCode> FindAsync(string code, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync("/case/" + code, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
            return response.StatusCode;
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(cancellationToken));
        return page.GetElementById("case-code")?.TextContent == code ? HttpStatusCode.OK : HttpStatusCode.NotFound;
    }

    public void Dispose() => _client.Dispose();

    private async Task<IHtmlDocument> GetPageAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(path, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new UnexpectedResponseException($"GET {path.Split('?')[0]}", response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private async Task<string> PostForRedirectAsync(string path, Dictionary<string, string> fields, string expected, CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsync(path, new FormUrlEncodedContent(fields), cancellationToken);
        var location = response.Headers.Location?.OriginalString;
        if (response.StatusCode != HttpStatusCode.Redirect || location is null || !location.StartsWith(expected, StringComparison.Ordinal))
            throw new UnexpectedResponseException($"POST {path.Split('?')[0]}", response.StatusCode);
        return location;
    }

    private static IHtmlFormElement Form(IHtmlDocument page, string selector) =>
        page.QuerySelector<IHtmlFormElement>(selector) ?? throw new UnexpectedResponseException($"no form {selector}", HttpStatusCode.OK);

    /// <summary>The form's named inputs as rendered: the antiforgery token and, on the result page, the check itself.</summary>
    private static Dictionary<string, string> Fields(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (!string.IsNullOrEmpty(input.Name) && input.Type is "hidden" or "text")
                fields.TryAdd(input.Name, input.Value);
        }
        return fields;
    }
}

public sealed class UnexpectedResponseException(string step, HttpStatusCode status)
    : Exception($"{step} answered {(int)status}")
{
    public HttpStatusCode Status { get; } = status;
}

/// <summary>What a run of <see cref="CaseSaveLoop"/> saw. Interrupted: saves the end of the run cut short.</summary>
public sealed record SaveRunSummary(int Attempted, int Acknowledged, IReadOnlyDictionary<string, int> Failures, TimeSpan LongestGapBetweenAcknowledgements, TimeSpan Duration)
{
    public int Failed => Failures.Values.Sum();

    public int Interrupted => Attempted - Acknowledged - Failed;

    public override string ToString() =>
        $"attempted={Attempted} acknowledged={Acknowledged} failed={Failed} interrupted={Interrupted} " +
        $"longest_gap_ms={LongestGapBetweenAcknowledgements.TotalMilliseconds:F0} duration_s={Duration.TotalSeconds:F1} " +
        $"failures=[{string.Join(", ", Failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}"))}]";
}

/// <summary>
/// Several citizens saving cases at once until cancelled. Failures (the app killed, restarting, or
/// refusing) are counted and the clients carry on, so a run spans an outage.
/// </summary>
public sealed class CaseSaveLoop(Uri baseAddress, int clients)
{
    private int _inFlight;

    /// <summary>How many citizens are between starting and finishing a save right now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    public async Task<SaveRunSummary> RunAsync(Action<string> acknowledged, CancellationToken stop)
    {
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var sync = new object();
        var attempted = 0;
        var count = 0;
        var lastAcknowledged = TimeSpan.Zero;
        var longestGap = TimeSpan.Zero;

        async Task Citizen()
        {
            using var client = new CaseSaveClient(baseAddress);
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref attempted);
                Interlocked.Increment(ref _inFlight);
                try
                {
                    var code = await client.SaveAsync(n, stop);
                    lock (sync)
                    {
                        var now = clock.Elapsed;
                        longestGap = Max(longestGap, now - lastAcknowledged);
                        lastAcknowledged = now;
                        count++;
                        acknowledged(code);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UnexpectedResponseException or IOException)
                {
                    failures.AddOrUpdate(Describe(ex), 1, (_, c) => c + 1);
                    await Task.Delay(50, CancellationToken.None); // a node that is down answers at once: do not spin
                }
                finally
                {
                    Interlocked.Decrement(ref _inFlight);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(Citizen, CancellationToken.None)));
        return new SaveRunSummary(attempted, count, new Dictionary<string, int>(failures), longestGap, clock.Elapsed);
    }

    /// <summary>The codes among <paramref name="codes"/> whose case page the app does not show, with what it answered.</summary>
    public static async Task<IReadOnlyList<(string Code, string Answer)>> FindMissingAsync(Uri baseAddress, IReadOnlyCollection<string> codes, int parallelism = 4)
    {
        var missing = new ConcurrentBag<(string, string)>();
        using var client = new CaseSaveClient(baseAddress);
        await Parallel.ForEachAsync(codes, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (code, cancellationToken) =>
        {
            try
            {
                var status = await client.FindAsync(code, cancellationToken);
                if (status != HttpStatusCode.OK)
                    missing.Add((code, ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                missing.Add((code, ex.GetType().Name));
            }
        });
        return missing.ToList();
    }

    private static string Describe(Exception ex) => ex switch
    {
        UnexpectedResponseException unexpected => unexpected.Message,
        HttpRequestException { HttpRequestError: var error } => "connection: " + error,
        TaskCanceledException => "timeout",
        _ => ex.GetType().Name,
    };

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
