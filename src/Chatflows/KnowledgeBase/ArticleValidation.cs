using System.Text.RegularExpressions;
using Chatflows.Core.Validation;
using Chatflows.KnowledgeBase.Search;

namespace Chatflows.KnowledgeBase;

/// <summary>The rules for knowledge bases, categories and articles, the same for the admin and recipes.</summary>
internal static partial class ArticleValidation
{
    public const int MaxBodyLength = 100_000;

    public static IEnumerable<FieldError> Id(string field, string? id) =>
        id is not null && SlugPattern().IsMatch(id) && id.Length <= 64 ? [] : [new(field, ValidationTexts.KbId())];

    public static IEnumerable<FieldError> Slug(string field, string? slug) =>
        slug is not null && SlugPattern().IsMatch(slug) && slug.Length <= 100 ? [] : [new(field, ValidationTexts.KbSlug())];

    public static IEnumerable<FieldError> Text(string field, string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? [new(field, ValidationTexts.KbRequired())]
            : text.Length > max ? [new(field, ValidationTexts.KbMaxLength(max))] : [];

    public static IEnumerable<FieldError> Language(string field, string? language, bool optional = false) =>
        (optional && language is null) || LanguageAnalyzers.IsLanguage(language) ? []
            : [new(field, (optional ? ValidationTexts.KbLanguageOptional(string.Join(", ", LanguageAnalyzers.Supported)) : ValidationTexts.KbLanguage(string.Join(", ", LanguageAnalyzers.Supported))))];

    public static IEnumerable<FieldError> Tags(IReadOnlyList<string>? tags) =>
        tags is null || (tags.Count <= 20 && tags.All(t => !string.IsNullOrWhiteSpace(t) && t.Length <= 40 && !t.Contains(',', StringComparison.Ordinal)))
            ? [] : [new("tags", ValidationTexts.KbTags())];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
