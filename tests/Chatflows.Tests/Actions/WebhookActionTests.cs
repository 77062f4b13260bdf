using System.Text.Json;
using Chatflows.Actions;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Actions;

public sealed class WebhookActionTests : IAsyncLifetime
{
    private const string Secret = "test-webhook-secret";
    private WebhookReceiver _receiver = null!;
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Webhook_posts_signed_variables_and_the_flow_continues_on_succeeded()
    {
        await PublishAsync(_host, HookFlow($"{_receiver.Address}hook"));

        var replies = await StartAsync();

        Assert.Equal(["Hi", "Sent!"], replies);
        var (headers, body) = Assert.Single(_receiver.Requests);
        var signature = WebhookAction.Sign(Secret, headers["X-Chatflows-Timestamp"], body);
        Assert.Equal(signature, headers["X-Chatflows-Signature"]);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("hook", json.RootElement.GetProperty("chatflowId").GetString());
        Assert.Equal("call", json.RootElement.GetProperty("actionId").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("conversationId").GetString()));
    }

    [Fact]
    public async Task Variables_in_the_answer_can_be_used_by_later_messages()
    {
        _receiver.Answer = (200, """{ "variables": { "plan": "Pro", "Bad Name": "ignored" } }""", TimeSpan.Zero);
        await PublishAsync(_host, HookFlow($"{_receiver.Address}hook", success: "Your plan: {{ vars.plan }}"));

        var replies = await StartAsync();

        Assert.Equal(["Hi", "Your plan: Pro"], replies);
    }

    [Fact]
    public async Task A_receiver_that_is_too_slow_gives_failed()
    {
        _receiver.Answer = (200, null, TimeSpan.FromSeconds(5));
        await PublishAsync(_host, HookFlow($"{_receiver.Address}hook"));

        var replies = await StartAsync();

        Assert.Equal(["Hi", "Could not send."], replies);
    }

    [Fact]
    public async Task An_error_status_gives_failed()
    {
        _receiver.Answer = (500, null, TimeSpan.Zero);
        await PublishAsync(_host, HookFlow($"{_receiver.Address}hook"));

        var replies = await StartAsync();

        Assert.Equal(["Hi", "Could not send."], replies);
    }

    [Fact]
    public async Task A_host_not_on_the_allow_list_is_refused_at_publish()
    {
        var result = await _host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChatflowStore>();
            await store.CreateOrReplaceAsync(HookFlow("http://169.254.169.254/latest/meta-data"), CancellationToken.None);
            return await store.PublishAsync("hook", CancellationToken.None);
        });

        var finding = Assert.Single(result.Findings, f => f.Code == "action.settings");
        Assert.False(result.Published);
        Assert.Equal(("call", "url"), (finding.ActionId, finding.Field));
        Assert.Contains("not on the webhook allow-list", finding.Message, StringComparison.Ordinal);
        Assert.Empty(_receiver.Requests);
    }

    [Fact]
    public async Task An_answer_longer_than_the_cap_gives_failed_and_sets_nothing()
    {
        _receiver.Answer = (200, $$"""{ "variables": { "plan": "Pro" }, "padding": "{{new string('x', 4000)}}" }""", TimeSpan.Zero);
        await PublishAsync(_host, HookFlow($"{_receiver.Address}hook", success: "Your plan: {{ vars.plan }}"));

        var replies = await StartAsync();

        Assert.Equal(["Hi", "Could not send."], replies);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_gives_failed()
    {
        _receiver.Answer = (302, null, TimeSpan.Zero);
        _receiver.Location = $"{_receiver.Address}elsewhere";
        await PublishAsync(_host, HookFlow($"{_receiver.Address}hook"));

        var replies = await StartAsync();

        Assert.Equal(["Hi", "Could not send."], replies);
        Assert.Single(_receiver.Requests);
        Assert.Equal(0, _receiver.ElsewhereHits);
    }

    [Fact]
    public async Task The_allowed_host_on_another_port_is_refused_at_publish()
    {
        var otherPort = new UriBuilder(_receiver.Address) { Port = _receiver.Address.Port == 65535 ? 1 : _receiver.Address.Port + 1, Path = "hook" }.Uri;

        var result = await PublishResultAsync(otherPort.ToString());

        Assert.False(result.Published);
        Assert.Contains("not on the webhook allow-list", Assert.Single(result.Findings, f => f.Code == "action.settings").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_allowed_host_with_another_scheme_is_refused_at_publish()
    {
        var result = await PublishResultAsync($"https://{_receiver.Address.Authority}/hook");

        Assert.False(result.Published);
        Assert.Contains("not on the webhook allow-list", Assert.Single(result.Findings, f => f.Code == "action.settings").Message, StringComparison.Ordinal);
    }

    private Task<PublishResult> PublishResultAsync(string url) => _host.InScopeAsync(async s =>
    {
        var store = s.GetRequiredService<ChatflowStore>();
        await store.CreateOrReplaceAsync(HookFlow(url), CancellationToken.None);
        return await store.PublishAsync("hook", CancellationToken.None);
    });

    private static Chatflow HookFlow(string url, string success = "Sent!") => Flow("hook", "Hi",
        Action("call", "webhook", new WebhookSettings(url), next: "failed", OnOutcome("Succeeded", "ok")),
        Action("ok", "sendMessage", new { text = success }),
        Action("failed", "sendMessage", new { text = "Could not send." }));

    private async Task<List<string>> StartAsync()
    {
        var turn = await _host.InScopeAsync(s => s.GetRequiredService<ConversationService>().StartAsync(new StartConversation("hook", "visitor"), CancellationToken.None));
        return [.. turn!.Messages.Select(m => m.Text)];
    }

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            // An origin entry: scheme, host and port must all match.
            ["Chatflows:Webhooks:AllowedHosts:0"] = $"http://{_receiver.Address.Authority}",
            // The receiver is on 127.0.0.1: only this explicit switch lets a webhook reach it.
            ["Chatflows:Webhooks:AllowPrivateNetworks"] = "true",
            ["Chatflows:Webhooks:MaxResponseBytes"] = "2048",
            ["Chatflows:Webhooks:Secret"] = Secret,
            ["Chatflows:Webhooks:TimeoutSeconds"] = "1",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
