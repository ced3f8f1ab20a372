using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MedInsure.Slow.Tests;

/// <summary>
/// Hostile input: thousands of mutated API bodies (lone surrogates among them) and citizen-form submissions (language switches with non-ASCII, foreign and broken return URLs among them), none of which may produce a server error. The random
/// generator is seeded, so a failure names a body that can be replayed.
/// </summary>
[Trait(Speed.Name, Speed.Slow)]
public sealed class FuzzTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    private const int Requests = 10_000;
    private const int FormSubmissions = 10_000;

    private const string ContractExample = """
        {"city":"chongqing","resumeAs":"individual","resumeMonth":"2024-01","retired":false,"tier":1,
         "periods":[{"from":"2015-01","to":"2023-10","payer":"employer"},{"from":"2010-03","to":"2014-02","payer":"individual"}]}
        """;

    [Fact]
    public async Task Ten_thousand_mutated_bodies_to_the_check_api_never_yield_a_server_error()
    {
        using var client = factory.CreateClient();
        var random = new Random(20261123);
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < Requests; i++)
        {
            var body = JsonMutator.Mutate(ContractExample, random);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(random.Next(20) == 0 ? "text/plain" : "application/json");
            using var response = await client.PostAsync("/api/v1/checks", content);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True((int)response.StatusCode < 500,
                $"request {i} got {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}\n{await response.Content.ReadAsStringAsync()}");
        }
        // The mutations must reach both sides of the validator, or the test proves little.
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > 100, Describe(statuses));
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > 1000, Describe(statuses));
    }

    [Fact]
    public async Task Invalid_utf8_inside_a_string_is_a_400_on_the_body_not_a_server_error()
    {
        using var client = factory.CreateClient();
        var body = Encoding.UTF8.GetBytes(ContractExample.Replace("2024-01", "2024?01", StringComparison.Ordinal));
        body[Array.IndexOf(body, (byte)'?')] = 0x9F; // a lone continuation byte: found by the fuzz run above
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/api/v1/checks", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"body\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ten_thousand_mutated_submissions_of_the_citizen_form_never_yield_a_server_error()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // One real form: its antiforgery token (and the cookie the client keeps) serve every submission that carries them.
        var form = CitizenFormKit.ContractExample(await Html.GetAsync(client, "/check"));
        var random = new Random(20261124);
        var statuses = new Dictionary<HttpStatusCode, int>();
        int results = 0, rerenders = 0, switchedBack = 0;
        for (var i = 0; i < FormSubmissions; i++)
        {
            var submission = FormMutator.Mutate(form.Fields, random);
            using var response = await client.PostAsync(submission.Path, submission.Content);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
                Assert.Fail($"submission {i} got {(int)response.StatusCode}: {submission}\n{body[..Math.Min(body.Length, 2000)]}\n{LastError()}");
            if (submission.Path.StartsWith("/culture", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.Redirect)
            {
                var back = response.Headers.Location!.OriginalString;
                Assert.True(back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) && !back.StartsWith("/\\", StringComparison.Ordinal), $"submission {i} went back to {back}: {submission}");
                switchedBack++;
            }
            else if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/check/result?", StringComparison.Ordinal) == true)
                results++;
            else if (response.StatusCode == HttpStatusCode.OK && body.Contains("class=\"error-summary\"", StringComparison.Ordinal))
                rerenders++;
        }
        // Both sides of the validator, and the antiforgery check, must be reached, or the run proves little.
        Assert.True(results > 1000, $"valid results: {results}; {Describe(statuses)}");
        Assert.True(rerenders > 1000, $"validation re-renders: {rerenders}; {Describe(statuses)}");
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > 100, Describe(statuses));
        Assert.True(switchedBack > 100, $"language switches: {switchedBack}; {Describe(statuses)}");
    }

    [Theory]
    [InlineData("/check/result")]
    [InlineData("/check/result?handler=Nope")]
    public async Task A_post_to_the_result_page_naming_no_handler_is_a_405_not_a_server_error(string path)
    {
        // Found by the form fuzz run: the page rendered with no handler run, its report never made.
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = CitizenFormKit.ContractExample(await Html.GetAsync(client, "/check"));

        using var response = await client.PostAsync(path, new FormUrlEncodedContent(form.Fields));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("periods]0[.to")]
    public async Task A_malformed_field_name_is_ignored_not_a_server_error(string name)
    {
        // Found by the form fuzz run: MVC's jQuery-syntax value provider threw on the key.
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = CitizenFormKit.ContractExample(await Html.GetAsync(client, "/check")).Set(name, "x");

        using var response = await form.PostAsync(client);
        using var query = await client.PostAsync($"/check?{Uri.EscapeDataString(name)}=x", new FormUrlEncodedContent(form.Fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/check/result?", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, query.StatusCode);
    }

    /// <summary>The app's last logged exception, to name a failure's cause.</summary>
    private string LastError()
    {
        var logs = factory.ReadLogFiles();
        var at = logs.LastIndexOf("\"@x\":", StringComparison.Ordinal);
        return at < 0 ? "" : logs[at..Math.Min(logs.Length, at + 4000)];
    }

    private static string Describe(Dictionary<HttpStatusCode, int> statuses) =>
        string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}"));
}

/// <summary>Mutations of a JSON text: structural, type, value and byte-level damage.</summary>
public static class JsonMutator
{
    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1e309", "12345678901234567890123", "3.5", "\"\"", "\"2024-13\"", "\"24-1\"",
        "\"9999-99\"", "\"2999-12\"", "\"1900-01\"", "\"0000-00\"", "[]", "{}", "[null]", "[{}]", "\"employer\"", "\"EMPLOYER\"",
        "\"weinan\"", "\"Chongqing\"", "\"atlantis\"", "\"\\u0000\"", "\"\\ud800\"", "\"x\\udc00\"", "\"\\ud83d\\ude00\"", "\"\\udbff\\udbff\"", "\"身份证\"", "\"" + new string('x', 5000) + "\"",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    ];

    private static readonly string[] Fields = ["city", "resumeAs", "resumeMonth", "retired", "tier", "periods", "from", "to", "payer"];

    public static byte[] Mutate(string json, Random random)
    {
        var text = json;
        var rounds = 1 + random.Next(3);
        for (var r = 0; r < rounds; r++)
            text = MutateOnce(text, random);
        var bytes = Encoding.UTF8.GetBytes(text);
        if (random.Next(15) == 0 && bytes.Length > 0)
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256); // invalid UTF-8 too
        return bytes;
    }

    private static string MutateOnce(string text, Random random)
    {
        switch (random.Next(12))
        {
            case 0: // leave valid: exercises the success path
                return text;
            case 1: // replace one field's value
            case 2:
            {
                var field = Fields[random.Next(Fields.Length)];
                var at = text.IndexOf($"\"{field}\":", StringComparison.Ordinal);
                if (at < 0) return text;
                var start = at + field.Length + 3;
                var end = ValueEnd(text, start);
                return text[..start] + Values[random.Next(Values.Length)] + text[end..];
            }
            case 3: // drop a field
            {
                var field = Fields[random.Next(Fields.Length)];
                return text.Replace($"\"{field}\":", $"\"x{field}\":", StringComparison.Ordinal);
            }
            case 4: // delete a span
            {
                var start = random.Next(text.Length);
                return text.Remove(start, Math.Min(text.Length - start, 1 + random.Next(8)));
            }
            case 5: // insert a random character
                return text.Insert(random.Next(text.Length + 1), ((char)random.Next(32, 0x3000)).ToString());
            case 6: // truncate
                return text[..random.Next(text.Length + 1)];
            case 7: // a body that is not an object
                return Values[random.Next(Values.Length)];
            case 8: // many periods
            {
                var count = random.Next(2) == 0 ? 601 : 1 + random.Next(50);
                var periods = string.Join(",", Enumerable.Range(0, count).Select(i =>
                    $"{{\"from\":\"{1950 + i % 70:D4}-0{1 + i % 9}\",\"to\":\"{1950 + i % 70:D4}-1{i % 3}\",\"payer\":\"{(i % 2 == 0 ? "employer" : "individual")}\"}}"));
                var at = text.IndexOf("\"periods\":", StringComparison.Ordinal);
                return at < 0 ? text : text[..(at + 10)] + "[" + periods + "]}";
            }
            case 9: // duplicate a field with another value
                return text.Insert(1, $"\"{Fields[random.Next(5)]}\":{Values[random.Next(Values.Length)]},");
            case 10: // swap months so a period ends before it starts or after the resumption
                return text.Replace("2023-10", random.Next(2) == 0 ? "2009-01" : "2024-05", StringComparison.Ordinal);
            default: // change case and whitespace
                return random.Next(2) == 0 ? text.ToUpperInvariant() : text.Replace(":", " :\n\t", StringComparison.Ordinal);
        }
    }

    private static int ValueEnd(string text, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"': inString = true; break;
                case '[' or '{': depth++; break;
                case ']' or '}':
                    if (depth == 0) return i;
                    depth--;
                    break;
                case ',' when depth == 0: return i;
            }
        }
        return text.Length;
    }
}
