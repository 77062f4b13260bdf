namespace Chatflows.Setup;

/// <summary>Bound from <c>Chatflows:Setup</c>: what a new, empty database starts with.</summary>
public sealed class SetupOptions
{
    /// <summary>E-mail of the first administrator. Default: <c>admin@example.com</c>.</summary>
    public string AdminEmail { get; set; } = "admin@example.com";

    /// <summary>
    /// Password of the first administrator. Default: none. Without one, Development generates a random
    /// password and logs it once; other environments create no administrator and log a warning.
    /// </summary>
    public string? AdminPassword { get; set; }

    /// <summary>Recipe applied on the first start of an empty database, by name. Default: none.</summary>
    public string? Recipe { get; set; }

    /// <summary>
    /// Whether a recipe's <c>sampleConversations</c> step writes its sample conversations (the demo recipe has one).
    /// Default: <c>true</c>. A recipe without the step seeds nothing either way.
    /// </summary>
    public bool SampleData { get; set; } = true;

    /// <summary>Folder holding <c>*.recipe.json</c> files. Default: <c>recipes</c> next to the application.</summary>
    public string RecipesPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "recipes");
}
