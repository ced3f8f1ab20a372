
namespace MedInsure.Web.Common;

/// <summary>Admin form errors, Chinese with English beside (the rules of a row itself come from the domain's PolicyRules).</summary>
public static class AdminMessages
{
    public static readonly BilingualMessage CityRequired = new("city.required", "请填写城市代码", "the city code is required");
    public static readonly BilingualMessage CityUnknown = new("city.unknown", "未知的城市，请先添加城市", "unknown city: add the city first");
    public static readonly BilingualMessage CityCodeInvalid = new("city.invalid", "城市代码只能包含小写字母、数字和连字符，并以字母开头（最多 40 个字符）", "the city code may hold only lower-case letters, digits and hyphens, starting with a letter (at most 40)");
    public static readonly BilingualMessage CityExists = new("city.exists", "该城市已存在", "the city exists already");
    public static readonly BilingualMessage NameRequired = new("name.required", "请填写名称", "the name is required");
    public static readonly BilingualMessage KeyRequired = new("key.required", "请选择键", "the key is required");
    public static readonly BilingualMessage ValueRequired = new("value.required", "请填写值", "the value is required");
    public static readonly BilingualMessage DateInvalid = new("date.invalid", "日期格式应为 yyyy-MM-dd", "the date must be yyyy-MM-dd");
    public static readonly BilingualMessage EndRequired = new("end.required", "请填写生效止日", "the effective-to date is required");
    public static readonly BilingualMessage RowNotFound = new("row.notFound", "该政策条目不存在", "no such policy row");
    public static readonly BilingualMessage UserNameRequired = new("userName.required", "请填写用户名", "the user name is required");
    public static readonly BilingualMessage NoSuchStaffAccount = new("account.notFound", "没有这个员工账户", "no such staff account");
    public static readonly BilingualMessage PasswordRequired = new("password.required", "请填写密码", "the password is required");
    public static readonly BilingualMessage FileRequired = new("file.required", "请选择一个 YAML 文件", "choose a YAML file");
    public static readonly BilingualMessage FileTooLarge = new("file.tooLarge", "文件太大（最多 1 MB）", "the file is too large (at most 1 MB)");

    public static readonly BilingualMessage Conflict = new("row.conflict",
        "保存失败：该条目已被其他管理员修改。下面是当前保存的版本；您填写的内容仍在表单中，核对后可再次保存。",
        "not saved: another admin changed this row meanwhile. The version now stored is shown; your input is still in the form: review it and save again to keep it");

    public static readonly BilingualMessage ChangedDuringImport = new("import.changed", "导入期间有条目被他人修改，未做任何更改，请重新导入", "rows were changed by someone else during the import; nothing was changed, import again");

    public static BilingualMessage TooLong(int length) => new("text.tooLong", $"最多 {length} 个字符", $"at most {length} characters");

    public static BilingualMessage Overlaps(string range, string value) => new("row.overlaps",
        $"生效期间与已有的条目（{range}，值 {value}）重叠：同一城市同一键在同一天只能有一行生效",
        $"the effective range overlaps the existing row ({range}, value {value}): one city and key may have only one row in force on a day");

    public static BilingualMessage OverlapsKeptRow(string range, string value) => new("import.overlapsKept",
        $"生效期间与数据库中文件未列出的条目（{range}，值 {value}）重叠；请在文件中列出该条目或先将其终止",
        $"the effective range overlaps a row in the database that the file does not list ({range}, value {value}); list it in the file or end it first");
}
