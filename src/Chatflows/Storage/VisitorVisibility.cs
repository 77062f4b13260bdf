using System.Linq.Expressions;

namespace Chatflows.Storage;

/// <summary>
/// The one rule for which stored messages a visitor may see: what the visitor, the bot and agents said to them.
/// Internal notes and system records (takeovers, assignments) stay with the staff. Every visitor-facing read —
/// catch-up, live events, the transcript, and whatever is added later (e-mails, earlier conversations, exports) —
/// goes through this class, so a new kind of hidden record needs changing here only.
/// </summary>
public static class VisitorVisibility
{
    /// <summary>For database queries: <c>db.Messages.Where(VisitorVisibility.Messages)</c>.</summary>
    public static readonly Expression<Func<MessageRecord, bool>> Messages =
        m => m.Author == MessageAuthor.Visitor || m.Author == MessageAuthor.Bot || m.Author == MessageAuthor.Agent;

    private static readonly Func<MessageRecord, bool> Compiled = Messages.Compile();

    /// <summary>For messages already in memory, such as a turn's rows before they are published.</summary>
    public static bool Sees(MessageRecord message) => Compiled(message);

    /// <summary>Only messages the visitor may see, from a query that may hold any.</summary>
    public static IQueryable<MessageRecord> VisibleToVisitor(this IQueryable<MessageRecord> messages) => messages.Where(Messages);
}
