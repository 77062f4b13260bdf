using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Widget;

/// <summary>What goes into the site's pages comes from a Liquid template a site's theme can replace.</summary>
public sealed class WidgetTagsTemplateTests
{
    [Fact]
    public async Task With_a_no_script_address_a_targeted_page_gets_a_plain_chat_link_for_visitors_without_javascript()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Widget:NoScriptChatUrl"] = "/contact?from=<chat>",
        });

        var html = await host.CreateClient().GetStringAsync("/pricing");

        Assert.Contains("')</script><noscript><a class=\"cf-chat-link\" href=\"/contact?from=&lt;chat&gt;\">Chat with us</a></noscript></body>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_template_replaces_what_goes_into_the_sites_pages()
    {
        var theme = Path.Combine(Directory.CreateTempSubdirectory("theme-").FullName, "WidgetTags.liquid");
        await File.WriteAllTextAsync(theme, "<script async src=\"{{ loader_url }}\" data-widget=\"{{ widget_url }}\" data-theme=\"{{ kind }}\"></script>");
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Widget:TagsTemplate"] = theme,
        });

        var html = await host.CreateClient().GetStringAsync("/pricing");

        Assert.Contains("data-theme=\"nonce\"></script></body>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(function(d,n)", html, StringComparison.Ordinal);
    }
}
