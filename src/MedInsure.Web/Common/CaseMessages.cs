
namespace MedInsure.Web.Common;

/// <summary>Input errors of the saved-case forms, in both languages like <see cref="Messages"/>.</summary>
public static class CaseMessages
{
    public const int MaxNameLength = 50;

    public static readonly BilingualMessage IdNumberInvalid = new("idNumber.invalid",
        "身份证号不正确：应为 18 位，最后一位可以是 X，请核对后重新填写", "this ID number is not valid: it has 18 characters, the last may be X; please check it");
    public static readonly BilingualMessage NameTooLong = new("name.tooLong",
        $"姓名最多 {MaxNameLength} 个字", $"the name can have at most {MaxNameLength} characters");
    public static readonly BilingualMessage CodeInvalid = new("caseCode.invalid",
        "查询编号不正确：应为 12 位字母和数字，例如 ABCD-EFGH-JKLM", "this case code is not valid: it has 12 letters and digits, e.g. ABCD-EFGH-JKLM");
    public static readonly BilingualMessage TooManyRows = new("periods.tooManyRows",
        $"网页表格最多可填 {CaseLimits.MaxFormRows} 条缴费记录，请合并相邻的记录", $"the form takes at most {CaseLimits.MaxFormRows} periods; please merge adjacent ones");

    public static IEnumerable<BilingualMessage> All => [IdNumberInvalid, NameTooLong, CodeInvalid, TooManyRows];
}
