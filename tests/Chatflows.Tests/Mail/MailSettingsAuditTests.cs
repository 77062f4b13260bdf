using System.Net;
using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;

namespace Chatflows.Tests.Mail;

/// <summary>#17: changes on the mail page are in the audit log, against the administrator who made them.</summary>
public sealed class MailSettingsAuditTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Saving_the_mail_settings_records_who_changed_what()
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);

        var response = await admin.PostFormAsync("/admin/mail?handler=Settings", new()
        {
            ["FromName"] = "Support desk",
            ["FromAddress"] = "desk@example.com",
            ["Enabled"] = MailNotifications.All[0],
        }, formPage: "/admin/mail");
        var audit = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/admin/audit"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Mail settings", audit, StringComparison.Ordinal);
        Assert.Contains("Sender address \"\" → \"desk@example.com\"", audit, StringComparison.Ordinal);
        Assert.Contains($"Switched off: {string.Join(", ", MailNotifications.All.Skip(1).Order(StringComparer.Ordinal))}.", audit, StringComparison.Ordinal);
        Assert.Contains(ChatflowsFactory.AdminEmail, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_test_mail_is_recorded_with_its_address()
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);

        await MailScenarios.SendTestMailAsync(admin, "probe@example.com");
        var audit = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/admin/audit"));

        Assert.Contains("Test mail to probe@example.com.", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_settings_leave_no_audit_entry()
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);

        var response = await admin.PostFormAsync("/admin/mail?handler=Settings", new() { ["FromAddress"] = "not an address" }, formPage: "/admin/mail");
        var audit = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/admin/audit"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Mail settings", audit, StringComparison.Ordinal);
    }

    public async Task InitializeAsync() =>
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Mail:PickupFolder"] = Path.Combine(Path.GetTempPath(), "chatflows-tests", "pickup-" + Guid.NewGuid().ToString("N")) });

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
