namespace Chatflows.Recipes;

/// <summary>
/// One kind of recipe step, named by the step's <c>name</c> in the JSON. Steps write through the same
/// services as the admin and must be idempotent: applying a step twice replaces by id, never duplicates.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The value of <c>name</c> in the recipe JSON, e.g. <c>channel</c>.</summary>
    string Name { get; }

    /// <summary>Applies the step; throws <see cref="RecipeException"/> for bad input.</summary>
    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
