namespace MedInsure.Web.Api;

/// <summary>Input errors keyed by field path (<c>periods[0].to</c>), in the order they were found.</summary>
public sealed class ApiErrors
{
    private readonly Dictionary<string, List<string>> _byPath = new(StringComparer.Ordinal);

    public bool IsEmpty => _byPath.Count == 0;

    public void Add(string path, BilingualMessage message) => Add(path, message.ToString());

    public void Add(string path, string message)
    {
        if (!_byPath.TryGetValue(path, out var messages))
            _byPath[path] = messages = [];
        if (!messages.Contains(message))
            messages.Add(message);
    }

    /// <summary>
    /// True when <paramref name="path"/> or a field that contains it already has an error: once a field
    /// had the wrong JSON type, "required" or "malformed" for it or its children would only repeat that.
    /// </summary>
    public bool Covers(string path)
    {
        foreach (var key in _byPath.Keys)
        {
            if (path.StartsWith(key, StringComparison.Ordinal)
                && (path.Length == key.Length || path[key.Length] is '.' or '['))
                return true;
        }
        return false;
    }

    public Dictionary<string, string[]> ToDictionary()
    {
        var result = new Dictionary<string, string[]>(_byPath.Count, StringComparer.Ordinal);
        foreach (var (path, messages) in _byPath)
            result[path] = [.. messages];
        return result;
    }
}
