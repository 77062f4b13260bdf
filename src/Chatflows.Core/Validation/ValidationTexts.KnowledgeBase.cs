using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// The knowledge-base admin's messages: knowledge bases, categories and articles (K1).
public static partial class ValidationTexts
{
    public static TextMessage KbIdTaken(string id) => M("kb.idTaken", ("id", id));
    public static TextMessage KbCannotBecomeOneLanguage(string id, string language) => M("kb.cannotBecomeOneLanguage", ("id", id), ("language", language));
    public static TextMessage KbNone(string id) => M("kb.none", ("id", id));
    public static TextMessage KbOneLanguage(string id, string language) => M("kb.oneLanguage", ("id", id), ("language", language));
    public static TextMessage KbNoCategory(string id, string category) => M("kb.noCategory", ("id", id), ("category", category));
    public static TextMessage KbSlugTaken() => M("kb.slugTaken");
    public static TextMessage KbId() => M("kb.id");
    public static TextMessage KbSlug() => M("kb.slug");
    public static TextMessage KbRequired() => M("kb.required");
    public static TextMessage KbMaxLength(int max) => M("kb.maxLength", ("max", max));
    public static TextMessage KbLanguage(string languages) => M("kb.language", ("languages", languages));
    public static TextMessage KbLanguageOptional(string languages) => M("kb.languageOptional", ("languages", languages));
    public static TextMessage KbTags() => M("kb.tags");
    public static TextMessage KbCategoryTaken(string slug) => M("kb.categoryTaken", ("slug", slug));
    public static TextMessage KbCategoryNotEmpty(string name, int count) => M("kb.categoryNotEmpty", ("name", name), ("count", count));
    public static TextMessage KbArticlePublished(string title) => M("kb.articlePublished", ("title", title));
    public static TextMessage KbArticleUnpublished(string title) => M("kb.articleUnpublished", ("title", title));
    public static TextMessage KbArticleDeleted(string title) => M("kb.articleDeleted", ("title", title));
    public static TextMessage KbArticleSavedPublished(string title) => M("kb.articleSavedPublished", ("title", title));
    public static TextMessage KbArticleSavedDraft(string title) => M("kb.articleSavedDraft", ("title", title));
    public static TextMessage KbArticleCreatedDraft(string title) => M("kb.articleCreatedDraft", ("title", title));
    public static TextMessage KbSaved(string name) => M("kb.saved", ("name", name));
    public static TextMessage KbCreated(string name) => M("kb.created", ("name", name));
    public static TextMessage KbCategoryAdded(string name) => M("kb.categoryAdded", ("name", name));
    public static TextMessage KbCategoryRenamed(string name) => M("kb.categoryRenamed", ("name", name));
    public static TextMessage KbCategoryMoved() => M("kb.categoryMoved");
    public static TextMessage KbCategoryDeleted() => M("kb.categoryDeleted");
}
