using System.Text.Json;
using MedInsure.Web.Contract;

namespace MedInsure.Web.Api;

/// <summary>
/// Turns a check's JSON body into <see cref="CheckInput"/> by hand rather than by binding, so that a
/// value of the wrong JSON type is reported against its own field path instead of failing the whole
/// body. Values are only typed here; what they mean is <see cref="CheckInputValidator"/>'s job.
/// Field names match case-insensitively, as ASP.NET's own JSON binding does; unknown fields are
/// ignored so that clients written against a later contract still work.
/// </summary>
public static class CheckJsonReader
{
    [Flags]
    private enum Field
    {
        None = 0,
        City = 1,
        ResumeAs = 2,
        ResumeMonth = 4,
        Retired = 8,
        Tier = 16,
        Periods = 32,
        GapReason = 64,
    }

    /// <summary>Null when the body is not a JSON object at all; field errors go to <paramref name="errors"/>.</summary>
    public static CheckInput? Read(JsonElement root, ApiErrors errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("body", Messages.BodyNotObject);
            return null;
        }

        // Periods start null, not [] as for the form: the contract makes the field required.
        var input = new CheckInput { Periods = null };
        var seen = Field.None;
        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            if (Is(name, "city") && First(Field.City, "city"))
                input.City = ReadString(value, "city", Messages.MustBeString, errors);
            else if (Is(name, "resumeAs") && First(Field.ResumeAs, "resumeAs"))
                input.ResumeAs = ReadString(value, "resumeAs", Messages.MustBeString, errors);
            else if (Is(name, "resumeMonth") && First(Field.ResumeMonth, "resumeMonth"))
                input.ResumeMonth = ReadString(value, "resumeMonth", Messages.MonthMustBeString, errors);
            else if (Is(name, "retired") && First(Field.Retired, "retired"))
                input.Retired = ReadRetired(value, errors);
            else if (Is(name, "tier") && First(Field.Tier, "tier"))
                input.Tier = ReadTier(value, errors);
            else if (Is(name, "periods") && First(Field.Periods, "periods"))
                input.Periods = ReadPeriods(value, errors);
            else if (Is(name, "gapReason") && First(Field.GapReason, "gapReason"))
                input.GapReason = ReadString(value, "gapReason", Messages.MustBeString, errors);
        }
        return input;

        bool First(Field field, string path)
        {
            if ((seen & field) != 0)
            {
                errors.Add(path, Messages.FieldDuplicate);
                return false;
            }
            seen |= field;
            return true;
        }
    }

    private static bool Is(string name, string field) => string.Equals(name, field, StringComparison.OrdinalIgnoreCase);

    private static string? ReadString(JsonElement value, string path, BilingualMessage typeError, ApiErrors errors)
    {
        if (!TryReadString(value, out var text))
            errors.Add(path, typeError);
        return text;
    }

    /// <summary>False for a value of another JSON type; a JSON null reads as null, left for the validator to call missing.</summary>
    private static bool TryReadString(JsonElement value, out string? text)
    {
        text = value.ValueKind == JsonValueKind.String ? InputText.Clean(value.GetString()!) : null;
        return value.ValueKind is JsonValueKind.String or JsonValueKind.Null;
    }

    private static bool ReadRetired(JsonElement value, ApiErrors errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
            case JsonValueKind.Null:
                return false;
            default:
                errors.Add("retired", Messages.MustBeBoolean);
                return false;
        }
    }

    private static int? ReadTier(JsonElement value, ApiErrors errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number when value.TryGetInt32(out var tier):
                return tier;
            case JsonValueKind.Number:
                errors.Add("tier", Messages.TierInvalid);
                return null;
            default:
                errors.Add("tier", Messages.TierMustBeNumber);
                return null;
        }
    }

    private static List<PeriodInput>? ReadPeriods(JsonElement value, ApiErrors errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add("periods", Messages.PeriodsMustBeArray);
            return null;
        }

        var periods = new List<PeriodInput>(value.GetArrayLength());
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            periods.Add(ReadPeriod(item, index, errors)!);
            index++;
        }
        return periods;
    }

    /// <summary>Null for a JSON null or a non-object; the validator reports the first, the caller already has the second.</summary>
    private static PeriodInput? ReadPeriod(JsonElement item, int index, ApiErrors errors)
    {
        if (item.ValueKind == JsonValueKind.Null)
            return null;
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Path(index), Messages.PeriodMustBeObject);
            return null;
        }

        var period = new PeriodInput();
        bool from = false, to = false, payer = false;
        foreach (var property in item.EnumerateObject())
        {
            var name = property.Name;
            if (Is(name, "from") && First(ref from, "from"))
                period.From = Read(property.Value, "from", Messages.MonthMustBeString);
            else if (Is(name, "to") && First(ref to, "to"))
                period.To = Read(property.Value, "to", Messages.MonthMustBeString);
            else if (Is(name, "payer") && First(ref payer, "payer"))
                period.Payer = Read(property.Value, "payer", Messages.MustBeString);
        }
        return period;

        // Paths are built only for an error: a valid body of hundreds of periods allocates none.
        string? Read(JsonElement value, string field, BilingualMessage typeError)
        {
            if (!TryReadString(value, out var text))
                errors.Add(Path(index, field), typeError);
            return text;
        }

        bool First(ref bool seen, string field)
        {
            if (seen)
            {
                errors.Add(Path(index, field), Messages.FieldDuplicate);
                return false;
            }
            seen = true;
            return true;
        }
    }

    private static string Path(int index, string? field = null) =>
        field is null ? $"periods[{index}]" : $"periods[{index}].{field}";
}
