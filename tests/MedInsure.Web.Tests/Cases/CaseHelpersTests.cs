using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Tests.Cases;

public sealed class CaseHelpersTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData(" 11010519491231002X ")]
    [InlineData("440524188001010014")]
    public void Valid_id_numbers_pass(string id) => Assert.True(IdNumber.IsValid(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("110105194912310021")]
    [InlineData("1101051949123100２X")] // a full-width digit
    [InlineData("11010519491231002XX")]
    public void Invalid_id_numbers_fail(string? id) => Assert.False(IdNumber.IsValid(id));

    [Fact]
    public void A_right_check_character_does_not_save_a_birth_date_that_does_not_exist()
    {
        Assert.True(IdNumber.IsValid(WithCheckCharacter("11010519490228002")));
        Assert.False(IdNumber.IsValid(WithCheckCharacter("11010519490231002")));
    }

    [Fact]
    public void Id_numbers_are_masked_to_the_last_four_and_old_masks_are_shown_the_same_way()
    {
        Assert.Equal("**************1234", IdNumber.Mask("500101199001011234"));
        Assert.Equal("**************1234", IdNumber.Remask("500***********1234"));
        Assert.Null(IdNumber.Remask(null));
    }

    [Theory]
    [InlineData("张三明", "张*明")]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("张", "*")]
    [InlineData(" 李四 ", "李*")]
    [InlineData("𠀀明", "𠀀*")] // a character outside the basic plane stays whole
    public void Names_are_never_shown_whole(string name, string masked) => Assert.Equal(masked, PersonName.Mask(name));

    [Fact]
    public void New_codes_have_twelve_characters_from_the_unambiguous_alphabet()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => CaseCode.NewCode()).ToList();
        Assert.All(codes, c => Assert.Matches("^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("ABCD-EFGH-JKLM", "ABCDEFGHJKLM")]
    [InlineData("abcdefghjklm", "ABCDEFGHJKLM")]
    [InlineData(" abcd efgh jklm ", "ABCDEFGHJKLM")]
    public void Codes_are_read_back_with_or_without_hyphens_in_any_case(string typed, string code)
    {
        Assert.True(CaseCode.TryNormalize(typed, out var normalized));
        Assert.Equal(code, normalized);
        Assert.Equal("ABCD-EFGH-JKLM", CaseCode.Grouped(normalized));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ABCD-EFGH-JKL")]
    [InlineData("ABCD-EFGH-JKLMN")]
    [InlineData("ABCD-EFGH-JKL0")] // 0 is not in the alphabet
    [InlineData("ABCD-EFGH-JKLI")] // nor I
    public void Other_codes_are_refused(string? typed) => Assert.False(CaseCode.TryNormalize(typed, out _));

    private static string WithCheckCharacter(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
