using Chatflows.Actions;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Actions;

/// <summary>
/// #17: a webhook may reach only public addresses unless a site switches private networks on. A real receiver
/// listens on 127.0.0.1 and is on the allow-list; with the default options nothing reaches it.
/// </summary>
public sealed class WebhookAddressTests : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task A_name_that_resolves_to_loopback_passes_the_allow_list_but_is_refused_when_connecting()
    {
        // "localhost" is what a rebound name looks like at connect time: allowed by name, loopback by address.
        await PublishAsync(_host, HookFlow($"http://localhost:{_receiver.Address.Port}/hook"));

        var replies = await StartAsync();

        Assert.Equal(["Hi", "Could not send."], replies);
        Assert.Empty(_receiver.Requests);
        Assert.Contains(_host.Logs.Lines, l => l.Contains("which is not a public address", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("[::1]")]
    public async Task A_loopback_address_is_refused_at_publish(string host)
    {
        var result = await PublishResultAsync($"http://{host}:{_receiver.Address.Port}/hook");

        Assert.False(result.Published);
        Assert.Contains("is not a public address", Assert.Single(result.Findings, f => f.Code == "action.settings").Message, StringComparison.Ordinal);
        Assert.Empty(_receiver.Requests);
    }

    [Fact]
    public async Task Outside_development_a_plain_http_address_is_refused_at_publish()
    {
        await using var production = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, "Production", Settings());

        var result = await production.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChatflowStore>();
            await store.CreateOrReplaceAsync(HookFlow($"http://localhost:{_receiver.Address.Port}/hook"), CancellationToken.None);
            return await store.PublishAsync("hook", CancellationToken.None);
        });

        Assert.False(result.Published);
        Assert.Contains("Use an https:// address", Assert.Single(result.Findings, f => f.Code == "action.settings").Message, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Chatflows:Webhooks:AllowedHosts:0"] = _receiver.Address.Authority,
        ["Chatflows:Webhooks:AllowedHosts:1"] = $"localhost:{_receiver.Address.Port}",
        ["Chatflows:Webhooks:AllowedHosts:2"] = $"[::ffff:127.0.0.1]:{_receiver.Address.Port}",
        ["Chatflows:Webhooks:AllowedHosts:3"] = $"[::1]:{_receiver.Address.Port}",
        ["Chatflows:Webhooks:Secret"] = "test-webhook-secret",
        ["Chatflows:Webhooks:TimeoutSeconds"] = "2",
    };

    private static Chatflow HookFlow(string url) => Flow("hook", "Hi",
        Action("call", "webhook", new WebhookSettings(url), next: "failed", OnOutcome("Succeeded", "ok")),
        Action("ok", "sendMessage", new { text = "Sent!" }),
        Action("failed", "sendMessage", new { text = "Could not send." }));

    private Task<PublishResult> PublishResultAsync(string url) => _host.InScopeAsync(async s =>
    {
        var store = s.GetRequiredService<ChatflowStore>();
        await store.CreateOrReplaceAsync(HookFlow(url), CancellationToken.None);
        return await store.PublishAsync("hook", CancellationToken.None);
    });

    private async Task<List<string>> StartAsync()
    {
        var turn = await _host.InScopeAsync(s => s.GetRequiredService<ConversationService>().StartAsync(new StartConversation("hook", "visitor"), CancellationToken.None));
        return [.. turn!.Messages.Select(m => m.Text)];
    }

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: Settings());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
