using System.Text.Json.Nodes;
using Chatflows.Channel;
using Chatflows.Storage;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Chatflows.Mail;

/// <summary>
/// Turns a due outbox row into a MIME message: switches and rules first, then the kind's content, the
/// templates in the row's language with the channel's name and colour, HTML with a plain-text part.
/// Every header value is set through MimeKit, which encodes it (RFC 2047), and line breaks in visitor
/// text are flattened first, so a name or subject cannot add a header.
/// </summary>
public sealed class MailComposer(
    MailGate gate, MailTemplates templates, IEnumerable<IMailContent> contents, MailSettingsStore settings, ChannelSettingsStore channel,
    IOptionsMonitor<MailOptions> options)
{
    public async Task<MailComposition> ComposeAsync(MailOutboxRecord row, CancellationToken cancellationToken)
    {
        var mail = await settings.GetAsync(cancellationToken);
        var notification = MailKinds.Notification(row.Kind);
        if (notification.Length > 0 && !mail.IsOn(notification))
        {
            return MailComposition.Skipped("This notification is switched off on the mail page.");
        }

        if (await gate.RefusalAsync(row, cancellationToken) is { } refusal)
        {
            return MailComposition.Refused(refusal);
        }

        if (contents.FirstOrDefault(c => c.Kinds.Contains(row.Kind)) is not { } source)
        {
            return MailComposition.Refused($"There is no content for mail of kind '{row.Kind}'.");
        }

        var model = JsonNode.Parse(row.ModelJson) as JsonObject ?? [];
        model["recipientName"] = row.ToName ?? "";
        var content = await source.BuildAsync(row, model, cancellationToken);
        if (content.Skip is { } skip)
        {
            return MailComposition.Skipped(skip);
        }

        var look = (await channel.GetAsync(cancellationToken)).Settings;
        var rendered = await templates.RenderAsync(row.Kind, row.Language, model, new MailChannel(look.HeadingName, look.AccentColor));
        var message = new MimeMessage
        {
            Subject = OneLine(rendered.Subject),
            MessageId = row.MessageId,
            Date = new DateTimeOffset(DateTime.SpecifyKind(row.CreatedUtc, DateTimeKind.Utc)),
        };
        var fromAddress = mail.FromAddress.Length > 0 ? mail.FromAddress : options.CurrentValue.FromAddress;
        var fromName = mail.FromName.Length > 0 ? mail.FromName : options.CurrentValue.FromName.Length > 0 ? options.CurrentValue.FromName : look.HeadingName;
        message.From.Add(new MailboxAddress(OneLine(fromName), fromAddress));
        message.To.Add(new MailboxAddress(OneLine(row.ToName ?? ""), row.ToAddress.Trim()));
        foreach (var (name, value) in content.Headers)
        {
            message.Headers.Add(name, OneLine(value));
        }

        var body = new BodyBuilder { HtmlBody = rendered.Html, TextBody = rendered.Text };
        foreach (var attachment in content.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return MailComposition.Ready(message);
    }

    /// <summary>Control characters (CR, LF, tab…) become spaces: a header value is one line of text.</summary>
    public static string OneLine(string value) => string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c)).Trim();
}
