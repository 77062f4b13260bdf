using System.Text.Json.Nodes;
using Chatflows.Storage;

namespace Chatflows.Mail;

/// <summary>The admin's test mail: nothing to read, it shows the settings work.</summary>
public sealed class TestMailContent : IMailContent
{
    public IReadOnlyList<string> Kinds { get; } = [MailKinds.Test];

    public Task<MailContent> BuildAsync(MailOutboxRecord row, JsonObject model, CancellationToken cancellationToken) => Task.FromResult(MailContent.None);
}
