namespace MedInsure.Web.Common;

/// <summary>
/// The pages' texts, each under one code: Common/Texts.resx (Chinese, the neutral language) and
/// Common/Texts.en.resx (English). Pages ask for them through <c>IStringLocalizer&lt;Texts&gt;</c>.
/// </summary>
public sealed class Texts;
