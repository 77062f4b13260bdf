using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Admin;

/// <summary>The builder's preview (B6) in one of the chatflow's languages (L1): the demo's Concierge, English and Dutch.</summary>
public sealed class BuilderPreviewLanguageTests : IAsyncLifetime
{
    private const string Api = "/admin/chatflows/concierge/preview/chatflows/api";
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task The_editor_picks_Dutch_and_the_preview_runs_the_draft_in_Dutch_branches_included()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);

        var page = HtmlPage.Parse(await admin.Http.GetStringAsync("/admin/chatflows/concierge/preview?lang=nl"));
        var config = await admin.Http.GetFromJsonAsync<JsonObject>($"{Api}/widget?lang=nl");
        var started = await admin.Http.PostAsJsonAsync($"{Api}/conversations", new { chatflowId = "concierge", language = "nl" });
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = body["conversationId"]!.GetValue<string>();
        using var answer = new HttpRequestMessage(HttpMethod.Post, $"{Api}/conversations/{id}/messages")
        {
            Content = JsonContent.Create(new { clientMessageId = "p1", text = "Een antwoord zoeken" }),
        };
        answer.Headers.Add("X-Chatflows-Visitor", body["visitorId"]!.GetValue<string>());
        var answered = await admin.Http.SendAsync(answer);
        var stored = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations.SingleAsync(c => c.Id == id));

        Assert.Equal([("en", "en (base language)", false), ("nl", "nl", true)], page.Options("#lang option"));
        Assert.Equal("nl", page.One("script[data-base]").GetAttribute("data-lang"));
        Assert.Equal("nl", config!["chatflow"]!["language"]!.GetValue<string>());
        Assert.StartsWith("Hoi daar", config["chatflow"]!["welcomeMessage"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["en", "nl"], config["languages"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Contains("Waarmee kan ik je helpen?", body.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Contains("Prima!", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(stored.IsPreview);
        Assert.Equal("nl", stored.Language);
    }

    [Fact]
    public async Task Without_a_language_or_with_one_the_chatflow_lacks_the_preview_runs_the_base_language()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);

        var page = HtmlPage.Parse(await admin.Http.GetStringAsync("/admin/chatflows/concierge/preview?lang=fr"));
        var config = await admin.Http.GetFromJsonAsync<JsonObject>($"{Api}/widget?lang=fr");

        Assert.Equal("en", page.One("script[data-base]").GetAttribute("data-lang"));
        Assert.Equal("en", config!["chatflow"]!["language"]!.GetValue<string>());
        Assert.StartsWith("Hi there", config["chatflow"]!["welcomeMessage"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
