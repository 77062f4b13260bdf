using System.Net;
using System.Net.Http.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Live;

namespace Chatflows.Tests.Inbox;

public sealed class InboxPermissionTests
{
    [Fact]
    public async Task User_without_AnswerConversations_can_neither_read_nor_reply()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.CreateAsync(host, "ed@chatflows.test", "Ed Editor", role: "Editor");
        var editor = await InboxAgents.SignInAsync(host, "ed@chatflows.test");
        var visitor = VisitorClient.For(host);
        var id = await InboxAgents.AskForAPersonAsync(visitor);

        var list = await editor.Http.GetAsync("/admin/inbox");
        var thread = await editor.Http.GetAsync(InboxAgents.Thread(id));
        var takeOver = await editor.PostFormAsync($"{InboxAgents.Thread(id)}?handler=TakeOver", [], "/admin");
        var reply = await editor.PostFormAsync($"{InboxAgents.Thread(id)}?handler=Reply", new() { ["Text"] = "sneaky" }, "/admin");
        await using var events = await SseReader.OpenAsync(editor.Http, "/admin/inbox/events");
        var typing = await editor.Http.PostAsJsonAsync($"/admin/inbox/conversations/{id}/typing", new { typing = true });
        var anonymous = await host.CreateClient().GetAsync("/admin/inbox/events");

        Assert.StartsWith("/admin/account/access-denied", list.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/access-denied", thread.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/access-denied", takeOver.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/access-denied", reply.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, events.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, typing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var conversation = await InboxAgents.ConversationAsync(host, id);
        Assert.Null(conversation.AssignedUserId);
        Assert.DoesNotContain(await InboxAgents.MessagesAsync(host, id), m => m.Author is MessageAuthor.Agent or MessageAuthor.System);
    }

    [Fact]
    public async Task Agent_typing_without_the_antiforgery_token_is_refused()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.CreateAsync(host, "tia@chatflows.test", "Tia", available: false);
        var agent = await InboxAgents.SignInAsync(host, "tia@chatflows.test");
        var id = await InboxAgents.AskForAPersonAsync(VisitorClient.For(host));

        var typing = await agent.Http.PostAsJsonAsync($"/admin/inbox/conversations/{id}/typing", new { typing = true });

        Assert.Equal(HttpStatusCode.BadRequest, typing.StatusCode);
        Assert.Equal("application/problem+json", typing.Content.Headers.ContentType?.MediaType);
    }
}
