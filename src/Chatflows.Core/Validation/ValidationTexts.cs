using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

/// <summary>
/// Every editor-facing validation message by key (STYLE 28, 31): the one place a key is spelled, so the
/// <c>validation</c> sections of the texts files and the code cannot drift apart unseen (a test checks every
/// key here has English words). Arguments are named as the texts' <c>{placeholders}</c>.
/// </summary>
public static partial class ValidationTexts
{
    public static TextMessage ActionId() => M("action.id");
    public static TextMessage ActionDuplicateId(string id) => M("action.duplicateId", ("id", id));
    public static TextMessage ActionUnknownType(string type) => M("action.unknownType", ("type", type));
    public static TextMessage ActionNext(string next) => M("action.next", ("next", next));
    public static TextMessage ActionUnreachable() => M("action.unreachable");
    public static TextMessage ActionSettingKind(string? path) => M("action.settingKind", ("path", path ?? ""));
    public static TextMessage ActionNoSettings() => M("action.noSettings");
    public static TextMessage FlowStart(string start) => M("flow.start", ("start", start));
    public static TextMessage FlowCycle(string cycle) => M("flow.cycle", ("cycle", cycle));
    public static TextMessage FlowId() => M("flow.id");
    public static TextMessage FlowName() => M("flow.name");
    public static TextMessage FlowLanguage(string languages) => M("flow.language", ("languages", languages));
    public static TextMessage WelcomeTemplate(string error) => M("flow.welcomeTemplate", ("error", error));
    public static TextMessage TextTemplate(string error) => M("action.textTemplate", ("error", error));
    public static TextMessage TypingDelay(int max) => M("options.typingDelay", ("max", max));
    public static TextMessage SessionTimeout() => M("options.sessionTimeout");
    public static TextMessage ErrorMessage() => M("options.errorMessage");
    public static TextMessage RepliesPerTurn() => M("options.repliesPerTurn");
    public static TextMessage KnowledgeBaseMissing(string id) => M("knowledgeBase.missing", ("id", id));
    public static TextMessage KnowledgeBaseMissingForLanguage(string id, string language) => M("knowledgeBase.missingForLanguage", ("id", id), ("language", language));
    public static TextMessage KnowledgeBaseMissingForAction(string id) => M("knowledgeBase.missingForAction", ("id", id));
    public static TextMessage DisplayTriggers() => M("display.triggers");
    public static TextMessage DisplaySeconds() => M("display.seconds");
    public static TextMessage DisplayPercent() => M("display.percent");
    public static TextMessage DisplayMobile() => M("display.mobile");
    public static TextMessage DisplayHeading(int max) => M("display.heading", ("max", max));
    public static TextMessage DisplayAvatar() => M("display.avatar");
    public static TextMessage ConsentPrivacyUrl() => M("consent.privacyUrl");
    public static TextMessage ConsentLength() => M("consent.length");
    public static TextMessage BranchTarget(int number, string target) => M("branch.target", ("number", number), ("target", target));
    public static TextMessage BranchCondition(int number, TextMessage problem) => M("branch.condition", ("number", number), ("problem", problem));
    public static TextMessage ConditionProperty() => M("condition.property");
    public static TextMessage ConditionValues() => M("condition.values");
    public static TextMessage ConditionNumber() => M("condition.number");
    public static TextMessage ConditionOutcome(string value, string outcomes) => M("condition.outcome", ("value", value), ("outcomes", outcomes));
    public static TextMessage ConditionAvailability(string values) => M("condition.availability", ("values", values));
    public static TextMessage ConditionValue() => M("condition.value");
    public static TextMessage QuestionCannotBeAnswered() => M("question.cannotBeAnswered");
    public static TextMessage QuestionReplyLabel() => M("question.replyLabel");
    public static TextMessage QuestionPattern() => M("question.pattern");
    public static TextMessage QuestionMinMax() => M("question.minMax");
    public static TextMessage PropertyName() => M("property.name");
    public static TextMessage MeetingWhose() => M("meeting.whose");
    public static TextMessage KnowledgeSearchOff() => M("knowledgeBase.searchOff");
    public static TextMessage TranslationLanguage(string language, string languages) => M("translation.language", ("language", language), ("languages", languages));
    public static TextMessage TranslationMissing(string label, string language) => M("translation.missing", ("label", label), ("language", language));
    public static TextMessage TranslationLength(string label, string language, int max) => M("translation.length", ("label", label), ("language", language), ("max", max));
    public static TextMessage TranslationTemplate(string label, string language, string error) => M("translation.template", ("label", label), ("language", language), ("error", error));
    public static TextMessage TranslationUnused(string language, string key) => M("translation.unused", ("language", language), ("key", key));
    public static TextMessage WizardBinding() => M("wizard.binding");
    public static TextMessage WizardLanguage(string languages) => M("wizard.language", ("languages", languages));
    public static TextMessage WizardTemplate(string binding) => M("wizard.template", ("binding", binding));
    public static TextMessage ChooseKnowledgeBase() => M("choose.knowledgeBase");
    public static TextMessage ChoosePipeline() => M("choose.pipeline");
    public static TextMessage ChooseStatus(string pipeline) => M("choose.status", ("pipeline", pipeline));
    public static TextMessage ChooseSurvey() => M("choose.survey");
    public static TextMessage ChooseTeam() => M("choose.team");
    public static TextMessage ChoosePerson() => M("choose.person");

    public static TextMessage XliffLine(int line, string message) => M("xliff.line", ("line", line), ("message", message));
    public static TextMessage XliffTooLarge(int millions) => M("xliff.tooLarge", ("millions", millions));
    public static TextMessage XliffDtd() => M("xliff.dtd");
    public static TextMessage XliffNotXml(string error) => M("xliff.notXml", ("error", error));
    public static TextMessage XliffRoot(string ns) => M("xliff.root", ("namespace", ns));
    public static TextMessage XliffVersion() => M("xliff.version");
    public static TextMessage XliffUnitId() => M("xliff.unitId");
    public static TextMessage XliffSegments(string id) => M("xliff.segments", ("id", id));
    public static TextMessage XliffMarkup(string id, string element) => M("xliff.markup", ("id", id), ("element", element));
    public static TextMessage XliffSource(string source, string language) => M("xliff.source", ("source", source), ("language", language));
    public static TextMessage XliffTarget(string target, string languages) => M("xliff.target", ("target", target), ("languages", languages));
    public static TextMessage XliffUnknownUnit(string id) => M("xliff.unknownUnit", ("id", id));
    public static TextMessage XliffTwice(string id) => M("xliff.twice", ("id", id));
    public static TextMessage XliffLength(string id, int max) => M("xliff.length", ("id", id), ("max", max));
    public static TextMessage XliffTemplate(string id, string error) => M("xliff.template", ("id", id), ("error", error));
    public static TextMessage XliffNoFile() => M("xliff.noFile");

    /// <summary>The messages that say a Liquid text is broken: the builder refuses to save these (B7).</summary>
    public static bool IsTemplateError(TextMessage? message) =>
        message?.Key is "flow.welcomeTemplate" or "action.textTemplate" or "translation.template";

    private static TextMessage M(string key, params (string Name, object Value)[] arguments) =>
        new(key, arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));
}
