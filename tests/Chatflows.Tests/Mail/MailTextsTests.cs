using System.Text.Json.Nodes;
using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Mail;

/// <summary>Issue 23 item 4: mail speaks every shipped language, Arabic right to left, others left to right.</summary>
public sealed class MailTextsTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task An_Arabic_mail_is_in_Arabic_and_right_to_left_and_a_German_one_left_to_right()
    {
        var templates = _host.Services.GetRequiredService<MailTemplates>();
        var channel = new MailChannel("Ledgerly", "#2255aa");

        var arabic = await templates.RenderAsync("test", MailTexts.Supported("ar-EG"), new JsonObject { ["recipientName"] = "" }, channel);
        var german = await templates.RenderAsync("test", MailTexts.Supported("de"), new JsonObject { ["recipientName"] = "" }, channel);

        Assert.Equal("رسالة تجريبية من Ledgerly", arabic.Subject);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic.Html, StringComparison.Ordinal);
        Assert.Contains("إن استطعت قراءتها فإرسال البريد يعمل.", arabic.Text, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\" dir=\"ltr\">", german.Html, StringComparison.Ordinal);
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
