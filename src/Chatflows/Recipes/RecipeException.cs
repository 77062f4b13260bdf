namespace Chatflows.Recipes;

/// <summary>A recipe that cannot be applied, with where and why: the step, the field and the reason.</summary>
public sealed class RecipeException(string recipe, int stepIndex, string stepName, string field, string reason)
    : Exception($"Recipe '{recipe}', step {stepIndex + 1} ('{stepName}'), field '{field}': {reason}")
{
    public string Recipe { get; } = recipe;

    /// <summary>Zero-based position of the step in <c>steps</c>; -1 when the recipe itself is malformed.</summary>
    public int StepIndex { get; } = stepIndex;

    public string StepName { get; } = stepName;

    public string Field { get; } = field;

    public string Reason { get; } = reason;
}
