using Chatflows.Recipes;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.KnowledgeBase;

public sealed class KnowledgeBaseStepTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Demo_recipe_seeds_both_knowledge_bases_with_categories_and_articles(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);

        var perBase = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().KnowledgeArticles
            .Where(a => a.Published).GroupBy(a => a.KnowledgeBaseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var categories = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().KnowledgeCategories.CountAsync());
        var search = await VisitorClient.BodyAsync(await host.CreateClient().GetAsync("/chatflows/api/kb/search?q=tweestapsverificatie&lang=nl"));

        Assert.True(perBase["ledgerly-en"] >= 20);
        Assert.True(perBase["ledgerly-nl"] >= 20);
        Assert.Equal(10, categories);
        Assert.Equal("tweestapsverificatie", search.GetProperty("results")[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Applying_the_same_articles_again_updates_them_instead_of_duplicating()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        const string Step = """
            { "name": "knowledgeBase", "knowledgeBases": [ { "id": "extra", "name": "Extra", "language": "en",
              "categories": [ { "slug": "misc", "name": "Misc" } ],
              "articles": [ { "slug": "hello", "title": "TITLE", "category": "misc", "tags": ["greeting"], "body": "Hello *there*." } ] } ] }
            """;

        await ApplyAsync(host, "one", $$"""{ "steps": [ {{Step.Replace("TITLE", "First", StringComparison.Ordinal)}} ] }""");
        await ApplyAsync(host, "two", $$"""{ "steps": [ {{Step.Replace("TITLE", "Second", StringComparison.Ordinal)}} ] }""");

        var titles = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().KnowledgeArticles
            .Where(a => a.KnowledgeBaseId == "extra").Select(a => a.Title).ToListAsync());
        Assert.Equal(["Second"], titles);
    }

    [Theory]
    [InlineData("""{ "id": "Bad Id", "name": "X", "language": "en" }""", "knowledgeBases[0].id")]
    [InlineData("""{ "id": "x", "name": "X", "language": "English" }""", "knowledgeBases[0].language")]
    [InlineData("""{ "id": "x", "name": "X", "language": "en", "categories": [ { "slug": "ok", "name": "" } ] }""", "knowledgeBases[0].categories[0].name")]
    [InlineData("""{ "id": "x", "name": "X", "language": "en", "articles": [ { "slug": "a", "title": "A", "body": "B", "category": "missing" } ] }""", "knowledgeBases[0].articles[0].category")]
    [InlineData("""{ "id": "x", "name": "X", "language": "en", "articles": [ { "slug": "Not A Slug", "title": "A", "body": "B" } ] }""", "knowledgeBases[0].articles[0].slug")]
    [InlineData("""{ "id": "x", "name": "X", "articles": [ { "slug": "a", "title": "A", "body": "B" } ] }""", "knowledgeBases[0].articles[0].language")]
    [InlineData("""{ "id": "x", "name": "X", "language": "en", "articles": [ { "slug": "a", "title": "A", "body": "B", "colour": "red" } ] }""", "knowledgeBases[0].articles[0].colour")]
    public async Task Bad_input_is_refused_with_step_field_and_reason(string knowledgeBase, string field)
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ApplyAsync(host, "bad",
            $$"""{ "steps": [ { "name": "channel" }, { "name": "knowledgeBase", "knowledgeBases": [ {{knowledgeBase}} ] } ] }"""));

        Assert.Equal(1, error.StepIndex);
        Assert.Equal("knowledgeBase", error.StepName);
        Assert.Equal(field, error.Field);
        Assert.NotEmpty(error.Reason);
        Assert.False(await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().KnowledgeBases.AnyAsync(k => k.Id == "x")));
    }

    [Fact]
    public async Task Articles_of_a_refused_recipe_never_reach_the_index()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        await Assert.ThrowsAsync<RecipeException>(() => ApplyAsync(host, "half", """
            { "steps": [ { "name": "knowledgeBase", "knowledgeBases": [ { "id": "ledgerly-en", "name": "Ledgerly Help Centre", "language": "en",
              "articles": [ { "slug": "zeppelin", "title": "Zeppelin deliveries", "body": "By air." },
                            { "slug": "Bad Slug", "title": "B", "body": "B" } ] } ] } ] }
            """));
        var search = await VisitorClient.BodyAsync(await host.CreateClient().GetAsync("/chatflows/api/kb/search?q=zeppelin&lang=en"));

        Assert.Equal(0, search.GetProperty("results").GetArrayLength());
    }

    private static Task<bool> ApplyAsync(ChatflowsFactory host, string name, string json) =>
        host.InScopeAsync(s => s.GetRequiredService<RecipeExecutor>().ApplyAsync(name, json, CancellationToken.None));
}
