using MedInsure.Domain.History;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;
using MedInsure.Web.Contract;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// A check's input in a few bytes, for saved cases: a format byte, the city code, the resumption payer
/// and month, one byte of flags (retired, never insured, the employer question's answer, the tier),
/// then each period as two months and a payer. Months are
/// counted from January <see cref="YearMonth.MinYear"/> in two bytes; payers are their enum values.
/// A typical case of one to three periods takes 15 to 30 bytes (its JSON, about 210). Only input that
/// passed <see cref="CheckInputValidator"/> is encoded, so every field decodes to its canonical text.
/// </summary>
public static class CompactInput
{
    private const byte Format = 1;
    private static readonly int FirstMonth = MonthNumber.Of(new YearMonth(YearMonth.MinYear, 1));

    public static byte[] Encode(CheckInput input)
    {
        var request = input.ToRequest();
        using var stream = new MemoryStream(32);
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Format);
            writer.Write(request.City);
            writer.Write((byte)request.ResumeAs);
            writer.Write(Month(request.ResumeMonth));
            writer.Write(Flags(input));
            var periods = input.Periods ?? [];
            writer.Write7BitEncodedInt(periods.Count);
            foreach (var period in periods)
            {
                PayerNames.TryParse(period.Payer, out var payer);
                writer.Write(Month(YearMonth.Parse(period.From!)));
                writer.Write(Month(YearMonth.Parse(period.To!)));
                writer.Write((byte)payer);
            }
        }
        return stream.ToArray();
    }

    public static CheckInput Decode(byte[] data)
    {
        using var reader = Open(data);
        var input = new CheckInput
        {
            City = reader.ReadString(),
            ResumeAs = ((Payer)reader.ReadByte()).ToCode(),
            ResumeMonth = ReadMonth(reader).ToString(),
        };
        var flags = reader.ReadByte();
        input.Retired = (flags & 1) != 0;
        input.NeverInsured = (flags & 2) != 0;
        input.GapReason = ((flags >> 2) & 3) is var reason and > 0 ? ((GapReason)(reason - 1)).Code() : null;
        input.Tier = flags >> 4 is var tier and > 0 ? tier : null;
        var count = reader.Read7BitEncodedInt();
        input.Periods = new List<PeriodInput>(count);
        for (var i = 0; i < count; i++)
            input.Periods.Add(new PeriodInput { From = ReadMonth(reader).ToString(), To = ReadMonth(reader).ToString(), Payer = ((Payer)reader.ReadByte()).ToCode() });
        return input;
    }

    // Bit 0 retired, bit 1 never insured, bits 2-3 the gap reason + 1 (0: not given), bits 4-7 the tier (0: none).
    private static byte Flags(CheckInput input)
    {
        var reason = GapReasons.TryParse(input.GapReason, out var given) ? (int)given + 1 : 0;
        return (byte)((input.Retired ? 1 : 0) | (input.NeverInsured ? 2 : 0) | reason << 2 | (input.Tier ?? 0) << 4);
    }

    private static BinaryReader Open(byte[] data)
    {
        var reader = new BinaryReader(new MemoryStream(data, writable: false));
        if (reader.ReadByte() != Format)
            throw new InvalidDataException("Not a compact check input of format 1.");
        return reader;
    }

    private static ushort Month(YearMonth month) => checked((ushort)(MonthNumber.Of(month) - FirstMonth));

    private static YearMonth ReadMonth(BinaryReader reader) => MonthNumber.ToMonth(reader.ReadUInt16() + FirstMonth);
}
