using System.Security.Cryptography;
using System.Text;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// Keyed hash (HMAC-SHA256) of an ID number, so a stored case can later be matched to a person who
/// shows their ID without the number itself ever being stored. The key is
/// <c>Security:IdNumberHashKey</c>; where that is not set, a random key is made once and kept in a
/// file beside the SQLite database, so hashes stay comparable across restarts.
/// </summary>
public sealed class IdNumberHasher
{
    public const string KeyFileName = "idnumber-hash.key";

    private readonly byte[] _key;

    public IdNumberHasher(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Security:IdNumberHashKey"];
        _key = string.IsNullOrEmpty(configured)
            ? LoadOrCreateKeyFile(Path.Combine(AppDataFolder.Path(configuration, environment), KeyFileName))
            : Encoding.UTF8.GetBytes(configured);
    }

    public string Hash(string idNumber) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(IdNumber.Normalize(idNumber))));

    private static byte[] LoadOrCreateKeyFile(string path)
    {
        if (File.Exists(path))
            return Convert.FromBase64String(File.ReadAllText(path).Trim());

        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            // CreateNew: when two processes start at once, the second one reads the first one's key.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(key));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
