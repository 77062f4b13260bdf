using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// The chatflow list, delete, history, publish and translations pages: what they say after a post.
public static partial class ValidationTexts
{
    public static TextMessage ChatflowSwitchedOn() => M("chatflow.switchedOn");
    public static TextMessage ChatflowSwitchedOff() => M("chatflow.switchedOff");
    public static TextMessage ChatflowPublishFirst() => M("chatflow.publishFirst");
    public static TextMessage ChatflowNoSuch() => M("chatflow.noSuch");
    public static TextMessage ChatflowDuplicated() => M("chatflow.duplicated");
    public static TextMessage ChatflowCreated(string name) => M("chatflow.created", ("name", name));
    public static TextMessage ChatflowDeleted(string name) => M("chatflow.deleted", ("name", name));
    public static TextMessage ChatflowHasConversations() => M("chatflow.hasConversations");
    public static TextMessage HistoryChooseVersions() => M("history.chooseVersions");
    public static TextMessage HistoryCannotRollBack(int version) => M("history.cannotRollBack", ("version", version));
    public static TextMessage HistoryRolledBack(int version, int published) => M("history.rolledBack", ("version", version), ("published", published));
    public static TextMessage PublishDone(int version) => M("publish.done", ("version", version));
    public static TextMessage PublishWarnings(int count) => M("publish.warnings", ("count", count));
    public static TextMessage PublishOff() => M("publish.off");
    public static TextMessage TranslationsChoose(string languages) => M("translations.choose", ("languages", languages));
    public static TextMessage TranslationsConflict() => M("translations.conflict");
    public static TextMessage TranslationsImported(int count, string language) => M("translations.imported", ("count", count), ("language", language));
}
