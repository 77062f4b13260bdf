using System.Reflection;
using System.Text;
using Chatflows;
using Chatflows.Areas.Admin;
using Chatflows.Security;
using Chatflows.Setup;
using Chatflows.Storage;
using Chatflows.Users;
using Chatflows.Widget;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MvcSite.Tests;

/// <summary>
/// Every <c>appsettings.json</c> snippet of the README's "Use it in your own site" and of docs/installation.md, pasted
/// into a site as written: it parses, every key is a real option of the module, the module's start-up validation and
/// staff password rules accept it, and a recipe it names is shipped in the package.
/// </summary>
public sealed class ConfigurationSnippetTests
{
    // Each Chatflows section a snippet may use, and the options classes the module binds it to.
    private static readonly Dictionary<string, Type[]> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Database"] = [typeof(DatabaseOptions)],
        ["Admin"] = [typeof(AdminOptions)],
        ["Site"] = [typeof(SiteOptions)],
        ["Setup"] = [typeof(SetupOptions)],
        ["Security"] = [typeof(SecurityOptions)],
        ["Widget"] = [typeof(WidgetOriginsOptions), typeof(WidgetInjectionOptions)],
    };

    public static TheoryData<string, int> Snippets()
    {
        TheoryData<string, int> snippets = [];
        foreach (var (name, markdown) in new[] { ("README.md", RepositoryFiles.ReadmeInstallSection()), ("docs/installation.md", RepositoryFiles.Read("docs", "installation.md")) })
        {
            var blocks = RepositoryFiles.Blocks(markdown, "json");
            for (var i = 0; i < blocks.Count; i++)
            {
                snippets.Add(name, i);
            }
        }

        return snippets;
    }

    [Fact]
    public void The_readme_and_the_installation_guide_have_configuration_snippets()
    {
        Assert.Equal(1, Snippets().Count(row => (string)row[0] == "README.md"));
        Assert.True(Snippets().Count(row => (string)row[0] == "docs/installation.md") >= 2);
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_configuration_snippet_names_only_real_options(string file, int index)
    {
        var chatflows = Load(file, index).GetRequiredSection(ChatflowsOptions.SectionName);

        Assert.All(chatflows.GetChildren(), section =>
        {
            if (section.Key == "Redis") // the module reads Chatflows:Redis as a plain connection string
            {
                Assert.False(string.IsNullOrEmpty(section.Value), "Chatflows:Redis is a connection string.");
                return;
            }

            Assert.True(Sections.TryGetValue(section.Key, out var types), $"Chatflows:{section.Key} is no section of the module.");
            Assert.All(section.GetChildren(), setting => Assert.True(
                types.Any(t => t.GetProperty(setting.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is not null),
                $"Chatflows:{section.Key}:{setting.Key} is no option of {string.Join(" or ", types.Select(t => t.Name))}."));
        });
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task A_configuration_snippet_passes_the_modules_start_up_validation_and_password_rules(string file, int index)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddConfiguration(Load(file, index));
        builder.Services.AddChatflows();
        await using var app = builder.Build();
        var setup = app.Services.GetRequiredService<IOptions<ChatflowsOptions>>().Value.Setup;
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ChatflowsUser>>();

        var exception = Record.Exception(() => app.Services.GetRequiredService<IStartupValidator>().Validate());
        // The first start creates the administrator with this password; one the staff rules refuse stops the site.
        List<string> refused = [];
        foreach (var validator in setup.AdminPassword is null ? [] : users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new ChatflowsUser { UserName = setup.AdminEmail, Email = setup.AdminEmail }, setup.AdminPassword!);
            refused.AddRange(result.Errors.Select(e => e.Description));
        }

        Assert.Null(exception);
        Assert.True(refused.Count == 0, string.Join(" ", refused));
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_recipe_a_configuration_snippet_names_is_shipped_in_the_package(string file, int index)
    {
        var recipe = Load(file, index)["Chatflows:Setup:Recipe"];

        Assert.True(recipe is null || typeof(ChatflowsOptions).Assembly.GetManifestResourceInfo($"ChatflowsRecipes/{recipe}.recipe.json") is not null,
            $"The recipe '{recipe}' is not embedded in Chatflows.dll.");
    }

    // A snippet is the "Chatflows" part of a site's appsettings.json, comments included, as the site's JSON
    // configuration provider reads it.
    private static IConfiguration Load(string file, int index)
    {
        var markdown = file == "README.md" ? RepositoryFiles.ReadmeInstallSection() : RepositoryFiles.Read("docs", "installation.md");
        var snippet = RepositoryFiles.Blocks(markdown, "json")[index];
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("{\n" + snippet + "\n}"));
        return new ConfigurationBuilder().AddJsonStream(json).Build();
    }
}
