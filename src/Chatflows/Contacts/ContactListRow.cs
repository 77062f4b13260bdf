namespace Chatflows.Contacts;

/// <summary>One contact in the contacts list.</summary>
public sealed record ContactListRow(long Id, string? Email, string Name, string? Company, int Conversations, DateTime UpdatedUtc);
