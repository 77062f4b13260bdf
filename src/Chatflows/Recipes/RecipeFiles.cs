using System.Text.RegularExpressions;
using Chatflows.Setup;
using Microsoft.Extensions.Options;

namespace Chatflows.Recipes;

/// <summary>Finds <c>{name}.recipe.json</c> in the configured recipes folder.</summary>
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
        if (!File.Exists(path))
        {
            throw new RecipeException(name, -1, "", "", $"No recipe file at {path}.");
        }

        return await File.ReadAllTextAsync(path, cancellationToken);
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,100}$")]
    private static partial Regex SafeName();
}
