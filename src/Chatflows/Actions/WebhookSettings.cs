using System.ComponentModel.DataAnnotations;

namespace Chatflows.Actions;

/// <param name="Url">Where to post; its host must be on <see cref="WebhookOptions.AllowedHosts"/>.</param>
/// <param name="IncludeContact">Send the contact's and company's properties too (not only the conversation's variables).</param>
public sealed record WebhookSettings(
    [property: Required, MaxLength(2000)] string Url = "",
    bool IncludeContact = true);
