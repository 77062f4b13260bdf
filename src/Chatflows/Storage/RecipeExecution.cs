namespace Chatflows.Storage;

/// <summary>Proof that a recipe ran, so the setup recipe is never applied twice.</summary>
public sealed class RecipeExecution
{
    public long Id { get; set; }

    /// <summary>Unique: a second node applying the same recipe at the same time fails on this key.</summary>
    public string RecipeName { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public DateTime AppliedUtc { get; set; }
}
