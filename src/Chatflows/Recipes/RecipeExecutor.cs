using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Chatflows.Recipes;

/// <summary>
/// Applies a recipe whole or not at all: every step runs inside one database transaction, and the
/// recipe is recorded by name in the same transaction, so it is never applied twice.
/// </summary>
public sealed partial class RecipeExecutor(
    ChatflowsDbContext db, IEnumerable<IRecipeStep> stepKinds, TimeProvider time, ILogger<RecipeExecutor> logger)
{
    /// <summary>Applies the recipe unless a recipe of that name was applied before; returns whether it ran.</summary>
    /// <exception cref="RecipeException">The recipe is malformed or a step refused its input; nothing was written.</exception>
    public async Task<bool> ApplyAsync(string recipeName, string json, CancellationToken cancellationToken)
    {
        var steps = Parse(recipeName, json);
        if (await db.RecipeExecutions.AnyAsync(r => r.RecipeName == recipeName, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.RecipeExecutions.Add(new RecipeExecution
        {
            RecipeName = recipeName,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
            AppliedUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (context, step) in steps)
        {
            await step.ExecuteAsync(context, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogApplied(logger, recipeName, steps.Count);
        return true;
    }

    // Every step name is checked before anything is written, so a typo in the last step costs nothing.
    private List<(RecipeStepContext Context, IRecipeStep Step)> Parse(string recipeName, string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new RecipeException(recipeName, -1, "", "", $"The recipe is not valid JSON: {e.Message}");
        }

        if (root is not JsonObject recipe || recipe["steps"] is not JsonArray stepsArray)
        {
            throw new RecipeException(recipeName, -1, "", "steps", "A recipe is an object with a \"steps\" array.");
        }

        var kinds = stepKinds.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        List<(RecipeStepContext, IRecipeStep)> steps = [];
        for (var i = 0; i < stepsArray.Count; i++)
        {
            if (stepsArray[i] is not JsonObject data || data["name"] is not JsonValue nameValue || !nameValue.TryGetValue<string>(out var name))
            {
                throw new RecipeException(recipeName, i, "", "name", "Each step is an object with a \"name\".");
            }

            if (!kinds.TryGetValue(name, out var kind))
            {
                throw new RecipeException(recipeName, i, name, "name", $"Unknown step. Known steps: {string.Join(", ", kinds.Keys.Order())}.");
            }

            var copy = data.DeepClone().AsObject();
            copy.Remove("name");
            steps.Add((new RecipeStepContext(recipeName, i, name, copy), kind));
        }

        return steps;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied recipe {Recipe} with {StepCount} steps")]
    private static partial void LogApplied(ILogger logger, string recipe, int stepCount);
}
