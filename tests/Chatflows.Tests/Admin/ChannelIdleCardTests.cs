using AngleSharp.Html.Parser;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Admin;

public sealed class ChannelIdleCardTests
{
    [Theory]
    [InlineData(null, "7 days")]
    [InlineData("06:00:00", "6 hours")]
    [InlineData("00:45:00", "45 minutes")]
    public async Task Channel_page_says_when_idle_handed_off_conversations_close_as_configured(string? configured, string shown)
    {
        var settings = new Dictionary<string, string?>();
        if (configured is not null)
        {
            settings["Chatflows:Conversations:CloseAfterInactivity"] = configured;
        }

        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: settings);
        var admin = await AdminUsers.AdministratorAsync(host);

        var page = new HtmlParser().ParseDocument(await admin.Http.GetStringAsync("/admin/channel"));

        Assert.Equal(shown, page.QuerySelector("#cf-close-after strong")!.TextContent);
    }
}
