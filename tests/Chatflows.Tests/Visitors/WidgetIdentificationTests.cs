using System.Net;
using Chatflows.Core.Targeting;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors.Identification;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Visitors;

/// <summary>An identity token sent with the widget configuration request counts for targeting at page load (O10, T4).</summary>
public sealed class WidgetIdentificationTests : IAsyncLifetime
{
    private const string Secret = "widget-identification-secret-0123456789";
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task A_valid_token_makes_the_visitor_known_and_its_contact_properties_count_for_targeting()
    {
        var response = await GetAsync(Token("noor@example.com", "Noor El Amrani", "cust-42"));
        var body = await VisitorClient.BodyAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("members-bot", body.GetProperty("chatflow").GetProperty("id").GetString());
        Assert.Equal("Welcome back, Noor.", body.GetProperty("chatflow").GetProperty("welcomeMessage").GetString());
        Assert.True(body.GetProperty("visitorKnown").GetBoolean());
        Assert.True(body.GetProperty("visitorIdentified").GetBoolean());
        Assert.Contains("X-Chatflows-Identity", response.Headers.Vary);
    }

    [Fact]
    public async Task A_valid_token_whose_contact_property_does_not_match_gets_the_usual_chatflow()
    {
        var body = await VisitorClient.BodyAsync(await GetAsync(Token("guest@example.com", "Guest", "trial-7")));

        Assert.Equal("concierge", body.GetProperty("chatflow").GetProperty("id").GetString());
        Assert.True(body.GetProperty("visitorIdentified").GetBoolean());
    }

    [Fact]
    public async Task Without_a_token_the_visitor_is_anonymous()
    {
        var body = await VisitorClient.BodyAsync(await GetAsync(null));

        Assert.Equal("concierge", body.GetProperty("chatflow").GetProperty("id").GetString());
        Assert.False(body.GetProperty("visitorKnown").GetBoolean());
        Assert.False(body.GetProperty("visitorIdentified").GetBoolean());
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("expired")]
    [InlineData("foreign audience")]
    [InlineData("garbage")]
    [InlineData("empty payload")]
    public async Task An_invalid_token_is_ignored_for_targeting_and_is_no_error(string kind)
    {
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var identity = new VisitorIdentity("noor@example.com", "Noor", "cust-42", exp);
        var token = kind switch
        {
            "forged" => IdentityTokens.Create("another-secret-of-at-least-32-characters", identity),
            "expired" => IdentityTokens.Create(Secret, identity with { Expires = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds() }),
            "foreign audience" => IdentityTokens.Create(Secret, identity, audience: "billing"),
            "garbage" => "%%%.not-base64!",
            _ => ".",
        };

        var response = await GetAsync(token);
        var body = await VisitorClient.BodyAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("concierge", body.GetProperty("chatflow").GetProperty("id").GetString());
        Assert.False(body.GetProperty("visitorKnown").GetBoolean());
        Assert.False(body.GetProperty("visitorIdentified").GetBoolean());
    }

    [Fact]
    public async Task A_token_another_visitor_started_a_conversation_with_counts_only_for_that_visitor()
    {
        var token = Token("noor@example.com", "Noor El Amrani", "cust-42");
        var owner = VisitorClient.For(_host);
        await owner.StartAsync(identityToken: token);

        var stranger = await VisitorClient.BodyAsync(await GetAsync(token));
        var same = await VisitorClient.BodyAsync(await GetAsync(token, owner.VisitorId));

        Assert.Equal("concierge", stranger.GetProperty("chatflow").GetProperty("id").GetString());
        Assert.False(stranger.GetProperty("visitorIdentified").GetBoolean());
        // The owner's open conversation keeps its chatflow on every page (issue 16); the token still counts for them.
        Assert.True(same.GetProperty("visitorIdentified").GetBoolean());
    }

    private static string Token(string email, string name, string externalId) =>
        IdentityTokens.Create(Secret, new VisitorIdentity(email, name, externalId, DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()));

    private async Task<HttpResponseMessage> GetAsync(string? token, string? visitorId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/chatflows/api/widget?url={Uri.EscapeDataString("http://localhost/pricing")}&lang=en");
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation(IdentityTokens.HeaderName, token);
        }

        if (visitorId is not null)
        {
            request.Headers.Add("X-Chatflows-Visitor", visitorId);
        }

        return await VisitorClient.For(_host).Http.SendAsync(request);
    }

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Identification:Secret"] = Secret });
        var members = Flow("members-bot", "Welcome back, {{ contact.firstname }}.", Action("bye", "sendMessage", new { text = "Bye." })) with
        {
            Targeting = new TargetingRules
            {
                Groups =
                [
                    new FilterGroup
                    {
                        Rules =
                        [
                            new TargetRule { Kind = TargetRuleKind.Visitor, Operator = TargetOperator.IsKnown },
                            new TargetRule { Kind = TargetRuleKind.ContactProperty, Name = "externalid", Operator = TargetOperator.StartsWith, Value = "cust-" },
                        ],
                    },
                ],
            },
        };
        await PublishFirstAsync(_host, members);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
