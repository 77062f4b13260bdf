using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Surveys;

/// <summary>A visitor's rating of a conversation (O9) as agents read it, the same on the ticket and in the inbox thread.</summary>
public sealed record ConversationRating(string Description, string? Comment)
{
    public static async Task<ConversationRating?> ForAsync(ChatflowsDbContext db, string conversationId, CancellationToken cancellationToken) =>
        await db.SurveyResponses.AsNoTracking().SingleOrDefaultAsync(r => r.ConversationId == conversationId, cancellationToken) is { } rating
            ? new ConversationRating(SurveyRatingText.Describe(rating), rating.Comment)
            : null;
}
