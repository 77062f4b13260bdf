using System.Net;
using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Mail;

/// <summary>
/// The mail a visitor turn puts in the outbox on PostgreSQL, where the turn's writer inserts the row in the same
/// batch of prepared statements as the turn's messages: it arrives, once, even when the visitor's client retries.
/// </summary>
public sealed class TurnMailPostgresTests
{
    [Fact]
    public async Task A_ticket_filed_by_a_retried_turn_on_postgres_mails_the_visitor_and_the_assignee_once()
    {
        await using var smtp = SmtpSink.Start();
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Postgres, settings: smtp.Settings);
        await MailScenarios.AssignTicketsToAdministratorAsync(host);
        await PublishFirstAsync(host, MailScenarios.EmailTicketFlow());
        var visitor = VisitorClient.For(host);
        var (_, started) = await visitor.StartAsync("email-ticket");
        var conversationId = started.GetProperty("conversationId").GetString()!;

        var (answered, _) = await visitor.SayAsync(conversationId, "ada@example.com", clientMessageId: "answer-1");
        var (retried, _) = await visitor.SayAsync(conversationId, "ada@example.com", clientMessageId: "answer-1");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var rows = await MailScenarios.OutboxAsync(host, r => r.Count >= 2 && r.All(m => m.Status == MailStatuses.Sent));
        var mails = await smtp.WaitForCountAsync(2);
        Assert.Equal([MailKinds.TicketAssigned, MailKinds.TicketCreated], rows.Select(r => r.Kind).Order());
        Assert.All(rows, r => Assert.Equal(conversationId, r.ConversationId));
        Assert.Equal(rows.Select(r => r.MessageId).Order(), mails.Select(m => m.MessageId).Order());
        var toVisitor = Assert.Single(mails, m => MeetingMailTests.To(m) == "ada@example.com");
        Assert.StartsWith("We received your question (T-", toVisitor.Subject, StringComparison.Ordinal);
        Assert.Equal(2, smtp.Seen.Count);
    }
}
