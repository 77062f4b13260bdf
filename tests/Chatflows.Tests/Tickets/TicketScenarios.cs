using System.Net;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Tickets;

/// <summary>Flows, users and sign-ins the ticket and survey tests share.</summary>
public static class TicketScenarios
{
    public const string Password = "Tester-Passw0rd!";

    /// <summary>Creates a ticket on the first turn and ends, so every started conversation is one ticket.</summary>
    public static Chatflow TicketFlow(string id = "ticketing") => Flow(id, "Hi!",
        Action("ticket", "createTicket", new { subject = "Help with {{ vars.topic | default: \"an invoice\" }}", description = "Asked from a test." }, "end"),
        Action("end", "endConversation", new { message = "We'll be in touch." }));

    /// <summary>Says one thing and ends, with the satisfaction survey switched on.</summary>
    public static Chatflow SurveyFlow(string id = "rated", SurveyScale scale = SurveyScale.Stars, string language = "en") =>
        Flow(id, "Hi!", Action("end", "endConversation", new { message = "Bye!" })) with
        {
            Language = language,
            Survey = new SurveySettings { Enabled = true, Scale = scale },
        };

    public static async Task<string> CreateUserAsync(ChatflowsFactory host, string email, string name, params string[] roles)
    {
        return await host.InScopeAsync(async services =>
        {
            var errors = await services.GetRequiredService<UserAdministration>().CreateOrUpdateAsync(new NewUser(email, name, roles, Password));
            Assert.Empty(errors);
            var db = services.GetRequiredService<ChatflowsDbContext>();
            return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        });
    }

    public static async Task<AdminClient> SignInAsync(ChatflowsFactory host, string email, string password = Password)
    {
        var client = AdminClient.For(host);
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<AdminClient> SignInAsAdministratorAsync(ChatflowsFactory host) =>
        SignInAsync(host, ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

    /// <summary>Starts a conversation on the flow as a new visitor; returns the visitor and the conversation id.</summary>
    public static async Task<(VisitorClient Visitor, string ConversationId)> ConverseAsync(ChatflowsFactory host, string chatflowId)
    {
        var visitor = VisitorClient.For(host);
        var (response, body) = await visitor.StartAsync(chatflowId);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (visitor, body.GetProperty("conversationId").GetString()!);
    }
}
