using System.Text.Json.Nodes;

namespace Chatflows.Mail;

/// <summary>A mail to put in the outbox: who it goes to and what its template shows.</summary>
/// <param name="Model">Values for the template (strings, numbers, arrays of objects); the kind's content source adds what it reads at send time.</param>
/// <param name="NotBefore">Not sent before this time; null is now.</param>
public sealed record MailDraft(
    string Kind, string ToAddress, string? ToName, string Language, JsonObject Model, string? ConversationId = null, DateTime? NotBefore = null);
