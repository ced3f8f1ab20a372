using System.Net.Http.Headers;
using System.Text;

namespace MedInsure.Slow.Tests;

/// <summary>A form submission the fuzz test makes: where it goes, its body, and a replayable description.</summary>
public sealed record FormSubmission(string Path, HttpContent Content, string Body)
{
    public override string ToString() =>
        $"POST {Path} ({Content.Headers.ContentType?.ToString() ?? "no content type"}): {(Body.Length > 1500 ? Body[..1500] + "…" : Body)}";
}

/// <summary>
/// Mutations of the citizen form's fields (a valid submission, antiforgery token included): values,
/// names (huge and odd indexes), missing and duplicate fields, many rows, handlers, a missing or
/// damaged token, then damage to the encoded body (invalid UTF-8, truncation) and its content type.
/// </summary>
public static class FormMutator
{
    private const string TokenField = "__RequestVerificationToken";

    private static readonly string[] Values =
    [
        "", " ", "chongqing", "weinan", " Weinan ", "CHONGQING", "atlantis", "individual", "employer", "resident", "EMPLOYER", "boss",
        "2024-01", "2023-10", "2015-01", "2024-13", "2024-00", "0000-00", "9999-12", "1900-01", "24-1", "2024/01", "2024-1", "202401",
        "２０２４-０１", "٢٠٢٤-٠١", "true", "false", "on", "off", "1", "2", "3", "0", "-1", "01", "1.0", "2147483648", "-2147483649",
        "99999999999999999999", "1e5", "NaN", "null", "\0", "\u202e", "\ud800", "身份证", "😀", "<script>alert(1)</script>", "%", "&=",
        "periods[0].from", "2024-01\r\n", "11010519491231002X", new string('x', 5000), new string('月', 3000),
    ];

    private static readonly string[] Names =
    [
        "city", "resumeAs", "resumeMonth", "retired", "tier", "periods", "periods[0]", "periods[0].from", "periods[0].to", "periods[0].payer",
        "periods[1].from", "periods[1].to", "periods[1].payer", "periods[99999].from", "periods[2147483647].to", "periods[2147483648].payer",
        "periods[-1].from", "periods[].to", "periods[x].payer", "periods[0][0].from", "periods.from", "Periods[0].From", "PERIODS[0].TO",
        "periods.index", "periods[0].from.length", "Input.City", "input.resumeMonth", "handler", "row", "name", "idNumber", "", "=", "[",
        "periods[", "periods]0[.to", "__proto__", "city[]", "tier[0]", "retired.value", new string('k', 3000),
    ];

    private static readonly string[] Handlers = ["AddRow", "RemoveRow", "Save", "addrow", "Nope", "", "Index"];

    /// <summary>Where the language switch is asked to go back to: local and not, non-ASCII, broken, with control characters.</summary>
    private static readonly string[] ReturnUrls =
    [
        "/", "/check", "/中", "/staff/中文", "/check?city=渭南", "/case/中文?x=😀", "//evil.example", "/\\evil.example", "https://evil.example/",
        "/\t/evil.example", "/x\r\nSet-Cookie: a=b", "/\ud800", "/a\udc00b", "/%E4%B8%AD", "/%", "", " ", "/" + new string('长', 3000),
    ];

    public static FormSubmission Mutate(IReadOnlyList<KeyValuePair<string, string>> valid, Random random)
    {
        var fields = valid.ToList();
        var path = "/check";
        var rounds = random.Next(4); // 0: the valid form itself
        for (var r = 0; r < rounds; r++)
            path = MutateFields(fields, path, random);
        return Encode(path, fields, random);
    }

    private static string MutateFields(List<KeyValuePair<string, string>> fields, string path, Random random)
    {
        switch (random.Next(15))
        {
            case 14: // the language switch, asked to go back somewhere
                fields.Add(new("culture", Pick(["en", "zh-CN", "xx", ""], random)));
                fields.Add(new("returnUrl", Pick(ReturnUrls, random)));
                return "/culture";
            case 0 or 1: // one value changed
                if (fields.Count > 0)
                {
                    var at = random.Next(fields.Count);
                    if (fields[at].Key != TokenField || random.Next(4) == 0)
                        fields[at] = new(fields[at].Key, Pick(Values, random));
                }
                return path;
            case 2: // a field missing
                if (fields.Count > 0)
                    fields.RemoveAt(random.Next(fields.Count));
                return path;
            case 3: // a field twice, the copy with another value
                if (fields.Count > 0)
                {
                    var field = fields[random.Next(fields.Count)];
                    fields.Insert(random.Next(fields.Count + 1), new(field.Key, random.Next(2) == 0 ? field.Value : Pick(Values, random)));
                }
                return path;
            case 4: // a field the form does not have
                fields.Insert(random.Next(fields.Count + 1), new(Pick(Names, random), Pick(Values, random)));
                return path;
            case 5: // a field renamed
                if (fields.Count > 0)
                {
                    var at = random.Next(fields.Count);
                    fields[at] = new(Pick(Names, random), fields[at].Value);
                }
                return path;
            case 6: // many rows: within the form's limit, just over it, past the API's, past the server's field count
            {
                // Rarely the long ones: a form re-rendered with hundreds of rows is a megabyte of HTML.
                var count = random.Next(40) switch { 0 => 601, 1 => 800, < 6 => 61, _ => 1 + random.Next(60) };
                fields.RemoveAll(f => f.Key.StartsWith("periods", StringComparison.Ordinal));
                for (var i = 0; i < count; i++)
                {
                    var year = 1950 + i % 70;
                    fields.Add(new($"periods[{i}].from", $"{year:D4}-0{1 + i % 9}"));
                    fields.Add(new($"periods[{i}].to", $"{year:D4}-1{i % 3}"));
                    fields.Add(new($"periods[{i}].payer", i % 2 == 0 ? "employer" : "individual"));
                }
                return path;
            }
            case 7: // a huge or odd index on a row's fields
            {
                var index = Pick(["99999", "2147483647", "2147483648", "-1", "", "x", "0x10", "1", "01", " 0"], random);
                for (var i = 0; i < fields.Count; i++)
                {
                    if (fields[i].Key.StartsWith("periods[0]", StringComparison.Ordinal) && random.Next(2) == 0)
                        fields[i] = new($"periods[{index}]" + fields[i].Key["periods[0]".Length..], fields[i].Value);
                }
                return path;
            }
            case 8: // an explicit index list, as MVC's collection binder accepts
                fields.Add(new("periods.index", Pick(["0", "99999", "a", "", "-1"], random)));
                return path;
            case 9: // a row that ends before it starts, or at the resumption
                fields.Add(new("periods[0].to", random.Next(2) == 0 ? "2009-01" : "2024-05"));
                return path;
            case 10: // another handler: add or remove a row, save from the result page, one that does not exist
            {
                var handler = Pick(Handlers, random);
                var target = handler is "Save" ? "/check/result" : random.Next(4) == 0 ? "/" : "/check";
                if (handler is "RemoveRow" or "" && random.Next(2) == 0)
                    fields.Add(new("row", Pick(["0", "1", "-1", "99999", "2147483648", "x"], random)));
                if (handler is "Save")
                {
                    fields.Add(new("name", Pick(Values, random)));
                    fields.Add(new("idNumber", Pick(["11010519491231002X", "110105194912310021", "", "x", "11010519491331002X"], random)));
                }
                if (random.Next(3) != 0)
                    return $"{target}?handler={Uri.EscapeDataString(handler)}";
                fields.Add(new("handler", handler));
                return target;
            }
            case 11: // no antiforgery token, or a damaged one
            {
                var at = fields.FindIndex(f => f.Key == TokenField);
                if (at < 0)
                    return path;
                if (random.Next(2) == 0)
                    fields.RemoveAt(at);
                else
                    fields[at] = new(TokenField, Damage(fields[at].Value, random));
                return path;
            }
            case 12: // fields in another order
                for (var i = fields.Count - 1; i > 0; i--)
                {
                    var j = random.Next(i + 1);
                    (fields[i], fields[j]) = (fields[j], fields[i]);
                }
                return path;
            default: // the query string carries fields too
                return path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"{Uri.EscapeDataString(Pick(Names, random))}={Uri.EscapeDataString(Pick(Values, random))}";
        }
    }

    private static FormSubmission Encode(string path, List<KeyValuePair<string, string>> fields, Random random)
    {
        var text = string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
        var bytes = Encoding.UTF8.GetBytes(text);
        switch (random.Next(40))
        {
            case 0: // invalid UTF-8, percent-encoded
                text = text.Insert(random.Next(text.Length + 1), Pick(["%FF", "%C3%28", "%ED%A0%80", "%80", "%F8%88%80%80%80", "%"], random));
                bytes = Encoding.ASCII.GetBytes(text);
                break;
            case 1: // invalid UTF-8, raw bytes
                bytes = [.. bytes.Take(random.Next(bytes.Length + 1)), 0xFF, 0xC3, 0x28, 0x80, .. bytes.Skip(bytes.Length / 2)];
                break;
            case 2: // truncated
                bytes = bytes[..random.Next(bytes.Length + 1)];
                break;
            case 3: // a byte changed
                if (bytes.Length > 0)
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                break;
            case 4: // the form as multipart/form-data, as browsers also send it
            {
                var multipart = new MultipartFormDataContent();
                foreach (var (name, value) in fields)
                    multipart.Add(new StringContent(value), name.Length == 0 ? "_" : name);
                return new FormSubmission(path, multipart, text);
            }
        }
        var content = new ByteArrayContent(bytes);
        var contentType = random.Next(12) == 0
            ? Pick(["text/plain", "application/json", "multipart/form-data", "multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded; charset=utf-16",
                    "application/x-www-form-urlencoded; charset=gbk", "application/x-www-form-urlencoded; charset=nonsense", "application/octet-stream", "", "*/*"], random)
            : "application/x-www-form-urlencoded";
        if (contentType.Length > 0)
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new FormSubmission(path, content, Encoding.UTF8.GetString(bytes));
    }

    private static string Damage(string token, Random random) => token.Length < 2 ? "A" : random.Next(4) switch
    {
        0 => "",
        1 => token[..(token.Length / 2)],
        2 => new string(token.Reverse().ToArray()),
        _ => token.Remove(random.Next(token.Length), 1).Insert(random.Next(token.Length - 1), "A"),
    };

    private static string Pick(string[] choices, Random random) => choices[random.Next(choices.Length)];
}
