using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>Mail speaks the language of the conversation (L1), else of the chatflow it ran.</summary>
public static class MailLanguage
{
    public static async Task<string> OfConversationAsync(ChatflowsDbContext db, string? conversationId, CancellationToken cancellationToken)
    {
        if (conversationId is null)
        {
            return "en";
        }

        var language = await db.Conversations.Where(c => c.Id == conversationId)
            .Join(db.Chatflows, c => c.ChatflowId, f => f.Id, (c, f) => c.Language ?? f.Language).FirstOrDefaultAsync(cancellationToken);
        return MailTexts.Supported(language);
    }
}
