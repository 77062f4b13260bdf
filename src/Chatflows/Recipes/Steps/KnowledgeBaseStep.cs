using Chatflows.KnowledgeBase;

namespace Chatflows.Recipes.Steps;

/// <summary>
/// <c>{"name": "knowledgeBase", "knowledgeBases": [...]}</c>: creates (or replaces by id) knowledge bases
/// with their categories and articles (K1). Articles are matched by knowledge base, language and slug.
/// </summary>
public sealed class KnowledgeBaseStep(KnowledgeBases knowledgeBases, KnowledgeArticles articles) : IRecipeStep
{
    public string Name => "knowledgeBase";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var data = context.Read<KnowledgeBaseStepData>();
        if (data.KnowledgeBases is null)
        {
            throw context.Fail("knowledgeBases", "List the knowledge bases as an array.");
        }

        for (var i = 0; i < data.KnowledgeBases.Count; i++)
        {
            var item = data.KnowledgeBases[i];
            var at = $"knowledgeBases[{i}]";
            context.ThrowIfAny(await knowledgeBases.SaveAsync(item.Id ?? "", item.Name ?? "", item.Language, cancellationToken), at);

            var categories = item.Categories ?? [];
            for (var c = 0; c < categories.Count; c++)
            {
                var category = categories[c];
                var errors = await knowledgeBases.SaveCategoryAsync(item.Id!, category.Slug ?? "", category.Name ?? "", c, cancellationToken);
                context.ThrowIfAny(errors, $"{at}.categories[{c}]");
            }

            var items = item.Articles ?? [];
            for (var a = 0; a < items.Count; a++)
            {
                var article = items[a];
                var language = article.Language ?? item.Language;
                if (language is null)
                {
                    throw context.Fail($"{at}.articles[{a}].language", "A multilingual knowledge base needs each article's language.");
                }

                var saved = await articles.SaveAsync(
                    new ArticleInput(item.Id!, language, article.Slug ?? "", article.Title ?? "", article.Body ?? "", article.Category, article.Tags, article.Published),
                    cancellationToken);
                context.ThrowIfAny(saved.Errors, $"{at}.articles[{a}]");
            }
        }
    }

    private sealed record KnowledgeBaseStepData(IReadOnlyList<KnowledgeBaseItem>? KnowledgeBases);

    private sealed record KnowledgeBaseItem(
        string? Id, string? Name, string? Language, IReadOnlyList<CategoryItem>? Categories, IReadOnlyList<ArticleItem>? Articles);

    private sealed record CategoryItem(string? Slug, string? Name);

    private sealed record ArticleItem(
        string? Slug, string? Title, string? Category, IReadOnlyList<string>? Tags, string? Body, string? Language, bool Published = true);
}
