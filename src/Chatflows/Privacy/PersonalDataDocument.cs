namespace Chatflows.Privacy;

/// <summary>
/// Everything stored about one person (GDPR right of access), as handed to them: the JSON export and the
/// readable page are both this document. Internal notes and system records are left out by
/// <see cref="Storage.VisitorVisibility"/>, as they are from everything else a visitor sees.
/// </summary>
public sealed record PersonalDataDocument(
    DateTimeOffset ExportedUtc,
    IReadOnlyList<PersonalDataDocument.Contact> Contacts,
    IReadOnlyList<string> VisitorIds,
    IReadOnlyList<PersonalDataDocument.Conversation> Conversations,
    IReadOnlyList<PersonalDataDocument.Consent> Consents,
    IReadOnlyList<PersonalDataDocument.Ticket> Tickets,
    IReadOnlyList<PersonalDataDocument.Meeting> Meetings,
    IReadOnlyList<PersonalDataDocument.SurveyAnswer> SurveyAnswers,
    IReadOnlyList<PersonalDataDocument.Mail> Mails)
{
    public sealed record Contact(
        long Id, string? Email, IReadOnlyDictionary<string, string> Properties, IReadOnlyDictionary<string, string> CompanyProperties,
        bool MarketingContact, DateTimeOffset CreatedUtc, DateTimeOffset UpdatedUtc);

    public sealed record Conversation(
        string Id, string Chatflow, string Status, string? PageUrl, DateTimeOffset StartedUtc, DateTimeOffset LastActivityUtc, IReadOnlyList<Message> Messages);

    /// <param name="Author"><c>visitor</c>, <c>bot</c> or <c>agent</c>.</param>
    public sealed record Message(string Author, string Text, DateTimeOffset CreatedUtc);

    public sealed record Consent(string Kind, string Chatflow, string Version, bool Granted, DateTimeOffset RecordedUtc);

    public sealed record Ticket(string Reference, string Pipeline, string Status, string Priority, string Subject, string Description, DateTimeOffset CreatedUtc);

    public sealed record Meeting(
        string Reference, string Title, DateTimeOffset StartUtc, DateTimeOffset EndUtc, string Name, string Email, string? TimeZone, DateTimeOffset? CancelledUtc);

    /// <param name="Status">pending, sending, sent or failed.</param>
    public sealed record Mail(string Kind, string To, string? Subject, string Status, DateTimeOffset CreatedUtc, DateTimeOffset? SentUtc);

    public sealed record SurveyAnswer(string ConversationId, int Rating, string Scale, string? Comment, DateTimeOffset CreatedUtc);
}
