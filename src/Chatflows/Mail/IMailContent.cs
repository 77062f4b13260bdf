using System.Text.Json.Nodes;
using Chatflows.Storage;

namespace Chatflows.Mail;

/// <summary>
/// What one family of mail kinds adds when the mail is due: values read now (the meeting, the replies
/// since), attachments and headers — or a reason it is no longer needed.
/// </summary>
public interface IMailContent
{
    IReadOnlyList<string> Kinds { get; }

    /// <summary>Adds to <paramref name="model"/> what the templates show.</summary>
    Task<MailContent> BuildAsync(MailOutboxRecord row, JsonObject model, CancellationToken cancellationToken);
}
