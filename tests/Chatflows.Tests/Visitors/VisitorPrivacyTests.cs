using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors.Identification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Tests.Visitors;

/// <summary>Identity tokens that cannot be reused elsewhere, and page addresses that keep no secrets.</summary>
public sealed class VisitorPrivacyTests
{
    private const string Secret = "visitor-privacy-tests-secret-0123456789";

    [Fact]
    public async Task The_stored_page_address_keeps_no_fragment_and_only_the_configured_parameters()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var visitor = VisitorClient.For(host);

        var response = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/conversations", new
        {
            chatflowId = "concierge",
            pageUrl = "https://shop.example/account/reset?token=s3cr3t&utm_source=mail&email=noor%40example.com#access_token=abc",
        });
        var id = (await VisitorClient.BodyAsync(response)).GetProperty("conversationId").GetString();
        var stored = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations.Where(c => c.Id == id).Select(c => c.PageUrl).SingleAsync());

        Assert.Equal("https://shop.example/account/reset?utm_source=mail", stored);
    }

    [Fact]
    public async Task A_token_made_for_another_audience_is_ignored()
    {
        await using var host = await StartAsync();
        var token = IdentityTokens.Create(Secret, Identity("noor@example.com"), audience: "billing-service");

        var (_, start) = await VisitorClient.For(host).StartAsync(identityToken: token);

        Assert.Null(await ContactOfAsync(host, start.GetProperty("conversationId").GetString()!));
        Assert.Contains(host.Logs.Lines, l => l.Contains("another audience", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_replayed_by_another_visitor_is_ignored_while_its_own_visitor_may_send_it_again()
    {
        await using var host = await StartAsync();
        var token = IdentityTokens.Create(Secret, Identity("noor@example.com"));
        var owner = VisitorClient.For(host);

        var (_, first) = await owner.StartAsync(identityToken: token);
        var (_, again) = await owner.StartAsync(identityToken: token);
        var (_, replay) = await VisitorClient.For(host).StartAsync(identityToken: token);

        Assert.NotNull(await ContactOfAsync(host, first.GetProperty("conversationId").GetString()!));
        Assert.NotNull(await ContactOfAsync(host, again.GetProperty("conversationId").GetString()!));
        Assert.Null(await ContactOfAsync(host, replay.GetProperty("conversationId").GetString()!));
        Assert.Contains(host.Logs.Lines, l => l.Contains("a replay", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_short_identification_secret_stops_the_start_with_a_reason()
    {
        var start = ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Identification:Secret"] = "short-secret" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => start);

        Assert.Contains("at least 32 characters", error.Message, StringComparison.Ordinal);
    }

    private static Task<ChatflowsFactory> StartAsync() =>
        ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Identification:Secret"] = Secret });

    private static VisitorIdentity Identity(string email) => new(email, "Noor El Amrani", null, DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds());

    private static Task<long?> ContactOfAsync(ChatflowsFactory host, string conversationId) =>
        host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations.Where(c => c.Id == conversationId).Select(c => c.ContactId).SingleAsync());
}
