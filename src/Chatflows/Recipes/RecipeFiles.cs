using System.Text.RegularExpressions;
using Chatflows.Setup;
using Microsoft.Extensions.Options;

namespace Chatflows.Recipes;

/// <summary>
/// Finds <c>{name}.recipe.json</c> in the configured recipes folder, else among the recipes shipped inside the
/// module (<c>blank</c>, <c>demo</c>), so <c>"Recipe": "blank"</c> works in any site without copying files.
/// </summary>
public sealed partial class RecipeFiles(IOptions<ChatflowsOptions> options)
{
    private SetupOptions Setup => options.Value.Setup;

    public async Task<string> ReadAsync(string name, CancellationToken cancellationToken)
    {
        // The name becomes part of a path: letters, digits and dashes only.
        if (!SafeName().IsMatch(name))
        {
            throw new RecipeException(name, -1, "", "", "A recipe name has only letters, digits and dashes.");
        }

        var path = Path.Combine(Setup.RecipesPath, $"{name}.recipe.json");
        if (File.Exists(path))
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }

        await using var shipped = typeof(RecipeFiles).Assembly.GetManifestResourceStream($"ChatflowsRecipes/{name}.recipe.json")
            ?? throw new RecipeException(name, -1, "", "", $"No recipe file at {path}, and no recipe of that name ships with Chatflows.");
        using var reader = new StreamReader(shipped);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,100}$")]
    private static partial Regex SafeName();
}
