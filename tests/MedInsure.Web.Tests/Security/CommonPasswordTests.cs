using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Users;

namespace MedInsure.Web.Tests.Security;

/// <summary>Item 11 of the outside test: common passwords are refused (NIST SP 800-63B), with a message in both languages.</summary>
public sealed class CommonPasswordTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("1234qwerty12")]
    [InlineData("qwertyuiop12")]
    [InlineData("woaini131452")]
    [InlineData("123456789012")]
    public async Task An_admin_cannot_give_a_staff_account_a_common_password(string password)
    {
        using var admin = await factory.SignedInAsync("admin-common-" + password.GetHashCode(StringComparison.Ordinal), Roles.Admin);
        var page = await admin.GetPageAsync("/admin/users");

        var refused = await (await admin.SubmitAsync(page, "form[action*='handler=Create']", new() { ["NewAccount.UserName"] = "common-clerk", ["NewAccount.Password"] = password })).ReadPageAsync();

        var error = refused.ErrorFor("NewAccount.Password");
        Assert.Contains("这个密码太常见", error);
        Assert.Contains("this password is too common", error);
    }

    [Fact]
    public async Task Create_admin_refuses_a_common_password_and_one_holding_the_user_name()
    {
        var common = new StringWriter();
        Assert.Equal(1, await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "--user", "common-chief"], () => "password1234", common));
        Assert.Contains("too common", common.ToString());

        var named = new StringWriter();
        Assert.Equal(1, await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "--user", "zhangsan"], () => "zhangsan-is-me-2024", named));
        Assert.Contains("may not contain the user name", named.ToString());
    }

    [Fact]
    public void The_list_holds_thousands_of_passwords_and_long_unusual_ones_pass()
    {
        Assert.True(CommonPasswordValidator.Count > 3000, CommonPasswordValidator.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(CommonPasswordValidator.IsCommon(AdminTestKit.Password));
        Assert.False(CommonPasswordValidator.IsCommon("渭南的雨下了三天"));
        Assert.True(CommonPasswordValidator.IsCommon("  Dragon2024!! "));
    }
}
