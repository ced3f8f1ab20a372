namespace MedInsure.Web.Data;

/// <summary>
/// Folders and files that hold personal data or secrets (the SQLite database, its folder, the
/// data-protection keys folder, the ID-number key file) are created readable by the app's own user
/// only: folders 0700, files 0600, whatever the umask. The SQLite file is made empty before SQLite
/// opens it (SQLite takes a zero-length file as a new database), and SQLite gives its -wal, -shm
/// and -journal files the database file's mode. Existing folders and files are left as they are.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="path"/> and any missing parents with mode 0700.</summary>
    public static void CreateFolder(string path)
    {
        if (Directory.Exists(path))
            return;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(parent))
            CreateFolder(parent);
        try
        {
            Directory.CreateDirectory(path, FolderMode);
        }
        catch (IOException) when (Directory.Exists(path))
        {
        }
    }

    /// <summary>Creates an empty file with mode 0600 unless it exists (two processes may race: either wins).</summary>
    public static void CreateEmptyFile(string path)
    {
        if (File.Exists(path))
            return;
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = FileMode;
        try
        {
            using var _ = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
        }
    }
}
