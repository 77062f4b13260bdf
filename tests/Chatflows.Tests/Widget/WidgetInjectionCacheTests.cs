using System.Text.RegularExpressions;
using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Widget;

/// <summary>The page injection reads cached targeting: no database query per page, yet a publication or switch shows at once.</summary>
public sealed partial class WidgetInjectionCacheTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;
    private HttpClient _http = null!;

    [Fact]
    public async Task Pages_after_the_first_cost_no_database_query()
    {
        Assert.Matches(LoaderTag(), await _http.GetStringAsync("/pricing"));
        var before = Queries();
        Assert.True(before > 0, "the first page reads the chatflows' targeting");

        for (var i = 0; i < 5; i++)
        {
            Assert.Matches(LoaderTag(), await _http.GetStringAsync(i % 2 == 0 ? "/" : "/pricing"));
        }

        Assert.Equal(before, Queries());
    }

    [Fact]
    public async Task Switching_a_chatflow_off_and_on_changes_the_next_page_at_once()
    {
        Assert.Matches(LoaderTag(), await _http.GetStringAsync("/pricing"));

        await SwitchAsync(false);
        var off = await _http.GetStringAsync("/pricing");
        await SwitchAsync(true);
        var on = await _http.GetStringAsync("/pricing");

        Assert.DoesNotMatch(LoaderTag(), off);
        Assert.Matches(LoaderTag(), on);
    }

    private Task SwitchAsync(bool enabled) => _host.InScopeAsync(async s =>
    {
        var store = s.GetRequiredService<ChatflowStore>();
        foreach (var flow in await store.ListAsync(CancellationToken.None))
        {
            if (flow.PublishedJson is not null)
            {
                Assert.True(await store.SetEnabledAsync(flow.Id, enabled, CancellationToken.None));
            }
        }
    });

    // Only reads of the chatflows count: the host's background services (outbox, sweeps, search) query on their own time.
    private int Queries() => _host.Logs.Lines.Count(line =>
        line.StartsWith("Executed DbCommand", StringComparison.Ordinal) && line.Contains("FROM \"chatflows_Chatflows\"", StringComparison.Ordinal));

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information" });
        _http = _host.CreateClient(new() { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    // The loader of a targeted page: an untargeted one names it too, but only to carry on a chat the tab started.
    [GeneratedRegex("^(?!.*continue-only).*/chatflows/widget/loader\\.", RegexOptions.Singleline)]
    private static partial Regex LoaderTag();
}
