using MedInsure.Web.Common;

namespace MedInsure.Web.Api;

/// <summary>Errors only the JSON API can meet: the body itself, JSON types, the query and the route.</summary>
public static class ApiMessages
{
    public const int MaxBodyBytes = 64 * 1024;

    public static readonly BilingualMessage BodyEmpty = new("body.empty", "请求体为空，应为 JSON 对象", "the body is empty; send a JSON object");
    public static readonly BilingualMessage BodyMalformed = new("body.malformed", "请求体不是有效的 JSON", "the body is not valid JSON");
    public static readonly BilingualMessage BodyNotObject = new("body.notObject", "请求体必须是 JSON 对象", "the body must be a JSON object");
    public static readonly BilingualMessage BodyTooLarge = new("body.tooLarge", $"请求体不能超过 {MaxBodyBytes / 1024} KiB", $"the body may not be larger than {MaxBodyBytes / 1024} KiB");
    public static readonly BilingualMessage BodyUnreadable = new("body.unreadable", "无法读取请求体", "the body could not be read");
    public static readonly BilingualMessage ContentTypeUnsupported = new("contentType.unsupported", "Content-Type 必须是 application/json（UTF-8）", "the Content-Type must be application/json (UTF-8)");
    public static readonly BilingualMessage FieldDuplicate = new("field.duplicate", "该字段出现了不止一次", "the field appears more than once");
    public static readonly BilingualMessage MustBeString = new("type.string", "应为字符串", "must be a string");
    public static readonly BilingualMessage MonthMustBeString = new("type.month", "月份应为字符串，格式 YYYY-MM，例如 \"2024-01\"", "a month must be a string YYYY-MM, e.g. \"2024-01\"");
    public static readonly BilingualMessage MustBeBoolean = new("type.boolean", "应为 true 或 false", "must be true or false");
    public static readonly BilingualMessage TierMustBeNumber = new("type.tier", "缴费档次应为数字 1 或 2", "tier must be the number 1 or 2");
    public static readonly BilingualMessage PeriodsMustBeArray = new("type.periods", "缴费记录应为数组，例如 [{\"from\":\"2015-01\",\"to\":\"2023-10\",\"payer\":\"employer\"}]", "periods must be an array, e.g. [{\"from\":\"2015-01\",\"to\":\"2023-10\",\"payer\":\"employer\"}]");
    public static readonly BilingualMessage PeriodMustBeObject = new("type.period", "每条缴费记录应为对象 {from, to, payer}", "each period must be an object {from, to, payer}");
    public static readonly BilingualMessage DateMalformed = new("date.malformed", "日期格式不正确，应为 YYYY-MM-DD，例如 2023-06-01", "the date must be YYYY-MM-DD, e.g. 2023-06-01");

    public const string InvalidTitle = "输入有误 / The input is not valid";
    public const string NotFoundTitle = "未找到 / Not found";
    public const string RouteNotFoundDetail = "没有这个接口，见 /openapi/v1.json / There is no such API route; see /openapi/v1.json";
    public const string MethodNotAllowedTitle = "不支持的请求方法 / Method not allowed";
    public const string MethodNotAllowedDetail = "该接口只接受 / This route accepts only";
    public const string TooLargeTitle = "请求体过大 / The body is too large";
    public const string UnsupportedMediaTypeTitle = "不支持的内容类型 / Unsupported content type";
    public const string ServerErrorTitle = "服务器内部错误 / An unexpected error occurred";
    public const string ServerErrorDetail = "请稍后重试；报告问题时请附上 traceId / Try again later; quote the traceId when reporting it";
}
