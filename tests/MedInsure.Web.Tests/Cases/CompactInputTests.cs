using System.Text.Json;
using MedInsure.Web.Contract;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Tests.Cases;

public sealed class CompactInputTests
{
    [Fact]
    public void Varied_inputs_come_back_field_for_field_in_a_few_bytes()
    {
        var faker = new CaseFaker(["weinan", "chongqing"], seed: 11, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var sizes = new List<int>();
        for (var i = 0; i < 3000; i++)
        {
            var input = faker.Next().Input;
            var bytes = CompactInput.Encode(input);
            var back = CompactInput.Decode(bytes);

            Assert.Equal(JsonSerializer.Serialize(input), JsonSerializer.Serialize(back));
            if (input.Periods!.Count <= 3)
                sizes.Add(bytes.Length);
        }
        Assert.True(sizes.Max() <= 32, $"largest typical input: {sizes.Max()} bytes");
    }

    [Fact]
    public void Null_and_both_tiers_retired_and_every_payer_survive()
    {
        foreach (var (tier, retired, payer) in new (int?, bool, string)[] { (null, false, "resident"), (1, true, "employer"), (2, false, "individual") })
        {
            var input = new CheckInput
            {
                City = "weinan", ResumeAs = payer, ResumeMonth = "2999-12", Retired = retired, Tier = tier,
                Periods = [new() { From = "1900-01", To = "2999-11", Payer = payer }],
            };
            Assert.Equal(JsonSerializer.Serialize(input), JsonSerializer.Serialize(CompactInput.Decode(CompactInput.Encode(input))));
        }
    }

    [Fact]
    public void Bytes_of_another_format_are_refused()
    {
        Assert.Throws<InvalidDataException>(() => CompactInput.Decode([2, 0]));
    }
}
