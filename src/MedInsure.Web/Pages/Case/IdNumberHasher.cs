using System.Security.Cryptography;
using System.Text;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// Keyed hash (HMAC-SHA256) of an ID number, so a stored case can later be matched to a person who
/// shows their ID without the number itself ever being stored. The key is
/// <c>Security:IdNumberHashKey</c>. In Production it must be set (at least
/// <see cref="MinimumKeyLength"/> characters, from the environment or a secret store, never a file in
/// the data folder) or the app refuses to start: with the key beside the database, a copy of the data
/// folder gives back every full number by trying the few million valid ones. Elsewhere (development,
/// tests), where it is not set, a random key is made once and kept in a 0600 file beside the SQLite
/// database, so hashes stay comparable across restarts.
/// </summary>
public sealed class IdNumberHasher
{
    public const string KeyFileName = "idnumber-hash.key";
    public const string Setting = "Security:IdNumberHashKey";
    public const int MinimumKeyLength = 16;

    private readonly byte[] _key;

    public IdNumberHasher(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[Setting];
        if (environment.IsProduction() && (configured is null || configured.Trim().Length < MinimumKeyLength))
            throw new InvalidOperationException(
                $"{Setting} must be set in Production (at least {MinimumKeyLength} characters, e.g. the environment variable Security__IdNumberHashKey from a secret store); the key is never kept in the data folder there. See docs/security.md. / 生产环境必须配置 {Setting}（至少 {MinimumKeyLength} 个字符）。");
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
