using Chatflows.Recipes;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Recipes;

public sealed class SetupRecipeTests
{
    [Fact]
    public async Task Broken_setup_recipe_stops_the_host_with_a_clear_message()
    {
        var folder = Directory.CreateTempSubdirectory("chatflows-recipes").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "bad.recipe.json"), """
            { "steps": [ { "name": "users", "users": [ { "email": "a@b.example", "displayName": "A", "roles": ["Wizard"] } ] } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Setup:Recipe"] = "bad",
            ["Chatflows:Setup:RecipesPath"] = folder,
        }));

        Assert.Equal("Recipe 'bad', step 1 ('users'), field 'users[0].roles': Unknown role 'Wizard'. Use Administrator, Editor, Agent.", error.Message);
    }
}
