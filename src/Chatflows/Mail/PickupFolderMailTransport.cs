using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Chatflows.Mail;

/// <summary>
/// Writes each message as a real MIME file (<c>.eml</c>) that a mail program opens. The file is written
/// under a temporary name and renamed, so a reader never sees half a message; its name is the
/// Message-Id, so a retry after a crash overwrites rather than duplicates.
/// </summary>
public sealed class PickupFolderMailTransport(IOptionsMonitor<MailOptions> options, IHostEnvironment environment) : IMailTransport
{
    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.CurrentValue.PickupFolder));

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Folder;
        Directory.CreateDirectory(folder);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
        var path = Path.Combine(folder, name + ".eml");
        var temporary = path + ".tmp";
        await using (var file = File.Create(temporary))
        {
            await message.WriteToAsync(file, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
