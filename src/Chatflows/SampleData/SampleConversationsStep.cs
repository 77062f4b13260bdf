using Chatflows.Recipes;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.SampleData;

/// <summary>
/// <c>{"name": "sampleConversations", "chatflow": "concierge", "conversations": 40?, "weeks": 3?}</c>: asks for sample
/// conversations with a chatflow an earlier step published. They are written after the recipe commits (the visitor
/// and agent services commit their own transactions), by the setup, unless <c>Chatflows:Setup:SampleData</c> is false.
/// </summary>
public sealed class SampleConversationsStep(ChatflowsDbContext db, PendingSamples pending) : IRecipeStep
{
    public const int MaxConversations = 200;
    public const int MaxWeeks = 12;

    public string Name => "sampleConversations";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var data = context.Read<SampleConversationsStepData>();
        if (string.IsNullOrWhiteSpace(data.Chatflow) || !await db.Chatflows.AnyAsync(c => c.Id == data.Chatflow && c.PublishedJson != null, cancellationToken))
        {
            throw context.Fail("chatflow", $"There is no published chatflow '{data.Chatflow}'; publish it in a chatflows step first.");
        }

        if (data.Conversations is < 1 or > MaxConversations)
        {
            throw context.Fail("conversations", $"Ask for 1 to {MaxConversations} conversations.");
        }

        if (data.Weeks is < 1 or > MaxWeeks)
        {
            throw context.Fail("weeks", $"Spread them over 1 to {MaxWeeks} weeks.");
        }

        pending.Request = new SampleRequest(data.Chatflow, data.Conversations, data.Weeks);
    }

    private sealed record SampleConversationsStepData(string? Chatflow, int Conversations = 40, int Weeks = 3);
}
