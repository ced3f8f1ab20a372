using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace MedInsure.Web.Api;

/// <summary>Reads a JSON request body under the API's size cap, whatever framing the client used.</summary>
public static class JsonBody
{
    public enum Outcome
    {
        Read,
        Empty,
        Malformed,
        TooLarge,

        /// <summary>Well-formed JSON whose strings hold a lone surrogate (<c>"\ud800"</c>): no text can be made of it.</summary>
        InvalidText,
    }

    /// <summary>application/json or a +json type, in UTF-8 (the only encoding JSON may travel in, RFC 8259).</summary>
    public static bool HasJsonUtf8ContentType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type))
            return false;
        var media = type.MediaType;
        if (!media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && !media.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
            return false;
        var charset = type.Charset;
        return !charset.HasValue
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Buffers the body up to <paramref name="maxBytes"/> and hands the parsed document to
    /// <paramref name="convert"/> while it is alive. A declared Content-Length over the cap is refused
    /// before reading; a chunked body is refused as soon as it passes the cap, so no client can make
    /// the server buffer more than that.
    /// </summary>
    public static async ValueTask<(Outcome Outcome, T? Value)> ReadAsync<T, TState>(
        HttpRequest request, int maxBytes, Func<JsonElement, TState, T> convert, TState state, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return (Outcome.TooLarge, default);

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return (Outcome.TooLarge, default);
            }
            if (result.IsCompleted || result.IsCanceled)
            {
                try
                {
                    if (buffer.IsEmpty)
                        return (Outcome.Empty, default);
                    // The JSON reader leaves string contents unchecked until they are read; bad
                    // UTF-8 inside a string would then throw, so it is refused here as malformed.
                    if (!System.Text.Unicode.Utf8.IsValid(buffer.IsSingleSegment ? buffer.FirstSpan : System.Buffers.BuffersExtensions.ToArray(buffer)))
                        return (Outcome.Malformed, default);
                    using var document = JsonDocument.Parse(buffer);
                    if (HasLoneSurrogate(buffer))
                        return (Outcome.InvalidText, default);
                    return (Outcome.Read, convert(document.RootElement, state));
                }
                catch (JsonException)
                {
                    return (Outcome.Malformed, default);
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }
            // Nothing consumed yet: ask for more data on top of what is buffered.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>
    /// JSON may escape half of a surrogate pair (<c>\ud800</c>) with no other half; reading such a
    /// string throws. Only escaped strings can hold one (the bytes passed the UTF-8 check), so only
    /// those are decoded here. The buffer has already parsed as JSON.
    /// </summary>
    private static bool HasLoneSurrogate(System.Buffers.ReadOnlySequence<byte> buffer)
    {
        var json = new Utf8JsonReader(buffer);
        while (json.Read())
        {
            if (json.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !json.ValueIsEscaped)
                continue;
            try
            {
                json.GetString();
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
        return false;
    }
}
