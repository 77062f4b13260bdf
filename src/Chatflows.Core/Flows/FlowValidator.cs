using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Chatflows.Core.Engine;
using Chatflows.Core.Ports;
using Chatflows.Core.Targeting;
using Chatflows.Core.Text;
using Chatflows.Core.Validation;
using V = Chatflows.Core.Validation.ValidationTexts;

namespace Chatflows.Core.Flows;

/// <summary>
/// Everything wrong with a flow (B4): bad settings, dangling targets, unreachable actions, loops that
/// never ask the visitor anything, broken Liquid, knowledge bases that do not exist. The builder shows the
/// findings; publishing refuses errors.
/// </summary>
/// <param name="knowledgeBases">Without it (Core on its own), knowledge-base ids are not checked.</param>
/// <param name="texts">The languages there are texts for; without it, the shipped ones.</param>
public sealed partial class FlowValidator(ActionCatalog catalog, MessageTemplates templates, IKnowledgeBaseLookup? knowledgeBases = null, TextCatalog? texts = null)
{
    private readonly TextCatalog _texts = texts ?? TextCatalog.BuiltIn;
    private readonly Translations.TranslationValidator _translations = new(new Translations.FlowTexts(catalog), templates, texts ?? TextCatalog.BuiltIn);

    /// <summary>The findings for a draft: a missing knowledge base is a warning, as it may be created next.</summary>
    public IReadOnlyList<FlowFinding> Validate(Chatflow flow) => Validate(flow, FindingSeverity.Warning);

    /// <summary>The findings that decide a publish: a missing knowledge base is an error, visitors would search nothing.</summary>
    public IReadOnlyList<FlowFinding> ValidateForPublish(Chatflow flow) => Validate(flow, FindingSeverity.Error);

    private List<FlowFinding> Validate(Chatflow flow, FindingSeverity missingKnowledgeBase)
    {
        List<FlowFinding> findings = [];
        ValidateKnowledgeBases(flow, missingKnowledgeBase, findings);
        ValidateFlow(flow, findings);
        ValidateDisplayAndConsent(flow, findings);
        foreach (var error in TargetingValidator.Validate(flow.Targeting))
        {
            findings.Add(Error(null, "targeting.rule", error, $"targeting.{error.Field}"));
        }

        var context = new ActionValidationContext(flow, templates);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in flow.Actions)
        {
            if (!Id().IsMatch(action.Id))
            {
                findings.Add(Error(action.Id, "action.id", V.ActionId()));
            }
            else if (!ids.Add(action.Id))
            {
                findings.Add(Error(action.Id, "action.duplicateId", V.ActionDuplicateId(action.Id)));
            }

            var bot = catalog.Find(action.Type);
            if (bot is null)
            {
                findings.Add(Error(action.Id, "action.unknownType", V.ActionUnknownType(action.Type)));
                continue;
            }

            ValidateSettings(action, bot, context, findings);
            ValidateBranches(flow, action, bot, findings);
            if (action.Next is { } next && flow.FindAction(next) is null)
            {
                findings.Add(Error(action.Id, "action.next", V.ActionNext(next), "next"));
            }
        }

        if (flow.StartActionId is { } start && flow.FindAction(start) is null)
        {
            findings.Add(Error(null, "flow.start", V.FlowStart(start), "startActionId"));
        }

        findings.AddRange(_translations.Validate(flow));
        FlowGraph.FindUnreachable(flow).ForEach(id =>
            findings.Add(new FlowFinding(id, FindingSeverity.Warning, "action.unreachable", V.ActionUnreachable())));
        FlowGraph.FindSilentCycles(flow, id => catalog.Find(flow.FindAction(id)!.Type)?.WaitsForVisitor ?? true).ForEach(cycle =>
            findings.Add(Error(cycle[0], "flow.cycle", V.FlowCycle(string.Join(" → ", cycle)))));
        return findings;
    }

    private void ValidateFlow(Chatflow flow, List<FlowFinding> findings)
    {
        if (!Id().IsMatch(flow.Id))
        {
            findings.Add(Error(null, "flow.id", V.FlowId(), "id"));
        }

        if (string.IsNullOrWhiteSpace(flow.Name) || flow.Name.Length > 100)
        {
            findings.Add(Error(null, "flow.name", V.FlowName(), "name"));
        }

        if (!_texts.Has(flow.Language))
        {
            findings.Add(Error(null, "flow.language", V.FlowLanguage(string.Join(", ", _texts.Languages)), "language"));
        }

        if (templates.Check(flow.WelcomeMessage) is { } error)
        {
            findings.Add(Error(null, "flow.welcome", V.WelcomeTemplate(error), "welcomeMessage"));
        }

        var options = flow.Options;
        if (options.TypingDelayMs is < 0 or > FlowOptions.MaxTypingDelayMs)
        {
            findings.Add(Error(null, "flow.options", V.TypingDelay(FlowOptions.MaxTypingDelayMs), "options.typingDelayMs"));
        }

        if (options.SessionTimeoutMinutes is < 1 or > 10_080)
        {
            findings.Add(Error(null, "flow.options", V.SessionTimeout(), "options.sessionTimeoutMinutes"));
        }

        if (string.IsNullOrWhiteSpace(options.ErrorMessage))
        {
            findings.Add(Error(null, "flow.options", V.ErrorMessage(), "options.errorMessage"));
        }

        if (options.MaxRepliesPerTurn is < 1 or > 100)
        {
            findings.Add(Error(null, "flow.options", V.RepliesPerTurn(), "options.maxRepliesPerTurn"));
        }
    }

    // The chatflow's setting (C3) and any action's own "knowledgeBaseId" setting (e.g. searchKnowledgeBase).
    private void ValidateKnowledgeBases(Chatflow flow, FindingSeverity severity, List<FlowFinding> findings)
    {
        if (knowledgeBases is null)
        {
            return;
        }

        if (flow.KnowledgeBase is { Enabled: true, KnowledgeBaseId: { Length: > 0 } id } && !knowledgeBases.Exists(id))
        {
            findings.Add(new FlowFinding(null, severity, "knowledgeBase.missing", V.KnowledgeBaseMissing(id), "knowledgeBase.knowledgeBaseId"));
        }

        foreach (var (language, languageId) in flow.KnowledgeBase.ByLanguage ?? new Dictionary<string, string>())
        {
            if (languageId.Length > 0 && !knowledgeBases.Exists(languageId))
            {
                findings.Add(new FlowFinding(null, severity, "knowledgeBase.missing", V.KnowledgeBaseMissingForLanguage(languageId, language), $"translations.{language}"));
            }
        }

        foreach (var action in flow.Actions)
        {
            if (action.Settings["knowledgeBaseId"] is JsonValue named && named.TryGetValue<string>(out var actionId)
                && actionId.Length > 0 && !knowledgeBases.Exists(actionId))
            {
                findings.Add(new FlowFinding(action.Id, severity, "knowledgeBase.missing", V.KnowledgeBaseMissingForAction(actionId), "knowledgeBaseId"));
            }
        }
    }

    private static void ValidateDisplayAndConsent(Chatflow flow, List<FlowFinding> findings)
    {
        var display = flow.Display;
        if (display.Triggers.Any(t => t == DisplayTrigger.None || !Enum.IsDefined(t)) || display.Triggers.Distinct().Count() != display.Triggers.Count)
        {
            findings.Add(Error(null, "flow.display", V.DisplayTriggers(), "display.triggers"));
        }

        // A range matters only for a trigger that is on: an editor who unticks it need not fix its number.
        if (display.Has(DisplayTrigger.TimeOnPage) && display.Seconds is < 1 or > 600)
        {
            findings.Add(Error(null, "flow.display", V.DisplaySeconds(), "display.seconds"));
        }

        if (display.Has(DisplayTrigger.ScrollPercentage) && display.Percent is < 1 or > 100)
        {
            findings.Add(Error(null, "flow.display", V.DisplayPercent(), "display.percent"));
        }

        if (display.MobileBehavior == DisplayBehavior.OpenOnTrigger)
        {
            findings.Add(Error(null, "flow.display", V.DisplayMobile(), "display.mobileBehavior"));
        }

        if (display.HeadingName is { } heading && (string.IsNullOrWhiteSpace(heading) || heading.Length > Channel.ChannelSettings.MaxHeadingLength))
        {
            findings.Add(Error(null, "flow.display", V.DisplayHeading(Channel.ChannelSettings.MaxHeadingLength), "display.headingName"));
        }

        // A javascript: or data: URL in an <img src> is how an avatar would become an attack.
        if (display.AvatarUrl is { } avatar && !((avatar.StartsWith('/') && !avatar.StartsWith("//", StringComparison.Ordinal))
            || (Uri.TryCreate(avatar, UriKind.Absolute, out var avatarUri) && avatarUri.Scheme == Uri.UriSchemeHttps)))
        {
            findings.Add(Error(null, "flow.display", V.DisplayAvatar(), "display.avatarUrl"));
        }

        var url = flow.Consent.DataProcessing.PrivacyPolicyUrl;
        if (!string.IsNullOrEmpty(url) && (!Uri.TryCreate(url, UriKind.Absolute, out var link) || (link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps)))
        {
            findings.Add(Error(null, "flow.consent", V.ConsentPrivacyUrl(), "consent.dataProcessing.privacyPolicyUrl"));
        }

        if (flow.Consent.CookieConsent.Text.Length > 1000 || flow.Consent.DataProcessing.Text.Length > 1000)
        {
            findings.Add(Error(null, "flow.consent", V.ConsentLength(), "consent"));
        }

        foreach (var error in flow.Survey.Validate())
        {
            findings.Add(Error(null, "flow.survey", error, $"survey.{error.Field}"));
        }
    }

    private static void ValidateSettings(FlowAction action, IBotAction bot, ActionValidationContext context, List<FlowFinding> findings)
    {
        object? settings;
        try
        {
            settings = action.Settings.Deserialize(bot.SettingsType, FlowJson.Options);
        }
        catch (JsonException e)
        {
            findings.Add(Error(action.Id, "action.settings", V.ActionSettingKind(e.Path?.TrimStart('$', '.')), e.Path?.TrimStart('$', '.')));
            return;
        }

        if (settings is null)
        {
            findings.Add(Error(action.Id, "action.settings", V.ActionNoSettings()));
            return;
        }

        List<ValidationResult> results = [];
        Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var field = result.MemberNames.FirstOrDefault() ?? "";
            var name = JsonNamingPolicy.CamelCase.ConvertName(field);
            findings.Add(SettingAttributes.MessageFor(settings, result.MemberNames.FirstOrDefault()) is { } message
                ? Error(action.Id, "action.settings", message, name)
                : Error(action.Id, "action.settings", result.ErrorMessage ?? "Invalid setting.", name));
        }

        foreach (var error in bot.Validate(settings, context))
        {
            findings.Add(Error(action.Id, "action.settings", error, error.Field));
        }
    }

    private static void ValidateBranches(Chatflow flow, FlowAction action, IBotAction bot, List<FlowFinding> findings)
    {
        for (var i = 0; i < action.Branches.Count; i++)
        {
            var branch = action.Branches[i];
            var field = $"branches[{i}]";
            if (flow.FindAction(branch.GoTo) is null)
            {
                findings.Add(Error(action.Id, "branch.target", V.BranchTarget(i + 1, branch.GoTo), field));
            }

            if (BranchConditionProblem(branch.When, bot) is { } problem)
            {
                findings.Add(Error(action.Id, "branch.condition", V.BranchCondition(i + 1, problem), field));
            }
        }
    }

    private static readonly string[] Availabilities = ["available", "away", "offline", "atCapacity"];

    private static TextMessage? BranchConditionProblem(Condition condition, IBotAction bot)
    {
        if (condition.Source is ConditionSource.ContactProperty or ConditionSource.Variable && string.IsNullOrWhiteSpace(condition.Property))
        {
            return V.ConditionProperty();
        }

        if (condition.Operator == ConditionOperator.IsOneOf)
        {
            return condition.Values.Count == 0 ? V.ConditionValues() : null;
        }

        if (condition.Operator is ConditionOperator.IsEmpty or ConditionOperator.IsNotEmpty)
        {
            return null;
        }

        if (condition.IsNumeric && !Condition.TryNumber(condition.Value ?? "", out _))
        {
            return V.ConditionNumber();
        }

        return condition.Source switch
        {
            ConditionSource.Outcome when !bot.Outcomes.Contains(condition.Value ?? "", StringComparer.OrdinalIgnoreCase) =>
                V.ConditionOutcome(condition.Value ?? "", string.Join(", ", bot.Outcomes)),
            ConditionSource.Availability when !Availabilities.Contains(condition.Value ?? "", StringComparer.OrdinalIgnoreCase) =>
                V.ConditionAvailability(string.Join(", ", Availabilities)),
            _ when condition.Value is null => V.ConditionValue(),
            _ => null,
        };
    }

    private static FlowFinding Error(string? actionId, string code, string message, string? field = null) =>
        new(actionId, FindingSeverity.Error, code, message, field);

    private static FlowFinding Error(string? actionId, string code, TextMessage message, string? field = null) =>
        new(actionId, FindingSeverity.Error, code, message, field);

    // An action's own problem keeps its key, so the admin can show it in the editor's language too.
    private static FlowFinding Error(string? actionId, string code, FieldError error, string? field) =>
        error.Text is { } text ? Error(actionId, code, text, field) : Error(actionId, code, error.Message, field);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex Id();
}
