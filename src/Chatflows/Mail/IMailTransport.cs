using MimeKit;

namespace Chatflows.Mail;

/// <summary>The port through which a finished message leaves; throws when it could not be handed over.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
