using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// The Target, Display and survey messages, kept apart so the main list stays readable.
public static partial class ValidationTexts
{
    public static TextMessage TargetGroups(int max) => M("target.groups", ("max", max));
    public static TextMessage TargetEmptyGroup(int number) => M("target.emptyGroup", ("number", number));
    public static TextMessage TargetGroupRules(int number, int max) => M("target.groupRules", ("number", number), ("max", max));
    public static TextMessage TargetExclusions(int max) => M("target.exclusions", ("max", max));
    public static TextMessage TargetOperator(TextMessage kind, TextMessage op, IReadOnlyList<TextMessage> allowed) => M("target.operator", ("kind", kind), ("operator", op), ("allowed", allowed));
    public static TextMessage TargetQueryName() => M("target.queryName");
    public static TextMessage TargetPropertyName() => M("target.propertyName");
    public static TextMessage TargetValue(TextMessage op) => M("target.value", ("operator", op));
    public static TextMessage TargetPatternLength(int max) => M("target.patternLength", ("max", max));
    public static TextMessage TargetWildcards(int max) => M("target.wildcards", ("max", max));
    public static TextMessage TargetValueLength(int max) => M("target.valueLength", ("max", max));
    public static TextMessage TargetUrl() => M("target.url");
    public static TextMessage TargetPriority(int max) => M("target.priority", ("max", max));
    public static TextMessage DisplayTriggerChoice() => M("display.triggerChoice");
    public static TextMessage DisplayQuickReplies(int count, int max) => M("display.quickReplies", ("count", count), ("max", max));
    public static TextMessage DisplayQuickRepliesMissing() => M("display.quickRepliesMissing");
    public static TextMessage DisplayAvatarConflict() => M("display.avatarConflict");
    public static TextMessage SurveyChoose() => M("survey.choose");
    public static TextMessage SurveyScale() => M("survey.scale");
    public static TextMessage SurveyQuestion(int max) => M("survey.question", ("max", max));
    public static TextMessage SurveyCommentPrompt(int max) => M("survey.commentPrompt", ("max", max));
    public static TextMessage SurveyId() => M("survey.id");
    public static TextMessage SurveyName(int max) => M("survey.name", ("max", max));
    public static TextMessage SurveyNameTaken() => M("survey.nameTaken");
    public static TextMessage SurveyIdTaken() => M("survey.idTaken");
    public static TextMessage NoticeSaved() => M("notice.saved");
    public static TextMessage NoticeConflict(string who, string when) => M("notice.conflict", ("who", who), ("when", when));
    public static TextMessage NoticeSomeoneElse() => M("notice.someoneElse");
    public static TextMessage XliffUnknownChannelUnit(string id) => M("xliff.unknownChannelUnit", ("id", id));
    public static TextMessage ChannelImported(int count, string language) => M("channel.imported", ("count", count), ("language", language));
    public static TextMessage ChannelConflict() => M("channel.conflict");
    public static TextMessage BuilderSaved() => M("builder.saved");
    public static TextMessage BuilderConflict() => M("builder.conflict");
    public static TextMessage BuilderSettingsJson() => M("builder.settingsJson");
    public static TextMessage BuilderNumber() => M("builder.number");
    public static TextMessage SettingRequired(string field) => M("setting.required", ("field", field));
    public static TextMessage SettingMaxLength(string field, int max) => M("setting.maxLength", ("field", field), ("max", max));
    public static TextMessage SettingRange(string field, int min, int max) => M("setting.range", ("field", field), ("min", min), ("max", max));
    public static TextMessage ChannelSaved() => M("channel.saved");
    public static TextMessage NotSaved() => M("notice.notSaved");
    public static TextMessage ChatflowMissing(string id) => M("chatflow.missing", ("id", id));
    public static TextMessage AvatarMissing() => M("avatar.missing");
    public static TextMessage AvatarTooLarge(int size, int max) => M("avatar.tooLarge", ("size", size), ("max", max));
    public static TextMessage AvatarFormat() => M("avatar.format");
    public static TextMessage AvatarUploaded() => M("avatar.uploaded");
    public static TextMessage AvatarRemoved() => M("avatar.removed");
    public static TextMessage AvatarUploadedPublish() => M("avatar.uploadedPublish");
    public static TextMessage AvatarRemovedPublish() => M("avatar.removedPublish");
}
