namespace Chatflows.Mail;

/// <summary>How the chat channel looks in mail: its name (W2) and accent colour (W1).</summary>
public sealed record MailChannel(string Name, string AccentColor);
