using Chatflows.Core.Actions;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin.Chatflows;

public sealed class MarketingContactsTests(ChatflowAdminFixture fixture) : IClassFixture<ChatflowAdminFixture>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Contacts_created_by_a_chatflow_are_marketing_contacts_only_when_its_option_says_so(bool marketing)
    {
        var id = marketing ? "marketing-on" : "marketing-off";
        var flow = Flow(id, "Hi", Action("ask-email", "askQuestion", new AskQuestionSettings { Text = "Your e-mail?", Format = AnswerFormat.Email, ContactProperty = "email" })) with
        {
            Options = new FlowOptions { TypingDelayMs = 0, MarketingContacts = marketing },
            Consent = new ConsentSettings { CookieConsent = new() { Enabled = false }, DataProcessing = new() { Enabled = false } },
        };
        await PublishAsync(fixture.Host, flow);
        var visitor = VisitorClient.For(fixture.Host);

        var (_, started) = await visitor.StartAsync(id);
        await visitor.SayAsync(started.GetProperty("conversationId").GetString()!, $"{id}@example.com");
        var contact = await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Contacts.SingleAsync(c => c.Email == $"{id}@example.com"));

        Assert.Equal(marketing, contact.IsMarketingContact);
    }
}
