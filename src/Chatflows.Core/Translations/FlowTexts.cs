using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;

namespace Chatflows.Core.Translations;

/// <summary>
/// The texts of a chatflow a visitor reads (L1), under stable keys: the welcome message and its quick replies, each
/// action's <see cref="VisitorTextAttribute"/> settings and quick-reply labels, the error message, consent and survey
/// texts. Empty texts are left out: they mean the built-in text, which already follows the language.
/// </summary>
public sealed class FlowTexts(ActionCatalog catalog)
{
    private readonly ConcurrentDictionary<Type, SettingsTexts> _bySettingsType = new();

    /// <summary>Every translatable text of <paramref name="flow"/> in its base language, in builder order.</summary>
    public IReadOnlyList<FlowText> Of(Chatflow flow)
    {
        List<FlowText> texts = [];
        Add(texts, "welcomeMessage", null, "Welcome message", flow.WelcomeMessage, template: true);
        AddReplies(texts, "welcomeQuickReplies", null, "Welcome quick reply", flow.WelcomeQuickReplies);
        foreach (var action in flow.Actions)
        {
            if (Read(action) is not { } read)
            {
                continue;
            }

            foreach (var property in read.Texts.Texts)
            {
                Add(texts, $"actions.{action.Id}.{Camel(property.Name)}", action.Id, $"Action {action.Id} · {Words(property.Name)}",
                    property.GetValue(read.Settings) as string ?? "", property.GetCustomAttribute<VisitorTextAttribute>()!.Template);
            }

            foreach (var property in read.Texts.Replies)
            {
                AddReplies(texts, $"actions.{action.Id}.{Camel(property.Name)}", action.Id, $"Action {action.Id} · quick reply",
                    property.GetValue(read.Settings) as IEnumerable<QuickReply> ?? []);
            }
        }

        Add(texts, "options.errorMessage", null, "Error message", flow.Options.ErrorMessage, template: false);
        Add(texts, "consent.cookieConsent.text", null, "Cookie consent text", flow.Consent.CookieConsent.Text, template: false);
        Add(texts, "consent.dataProcessing.text", null, "Data-processing notice", flow.Consent.DataProcessing.Text, template: false);
        Add(texts, "survey.question", null, "Survey question", flow.Survey.Question, template: false);
        Add(texts, "survey.commentPrompt", null, "Survey comment prompt", flow.Survey.CommentPrompt, template: false);
        return texts;
    }

    /// <summary>
    /// <paramref name="flow"/> as a visitor in <paramref name="language"/> gets it: translated texts where there are
    /// some, base texts elsewhere, and the language set, so built-in texts, knowledge-base search and dates follow it.
    /// Quick replies keep their values, so branches work in every language.
    /// </summary>
    public Chatflow Localize(Chatflow flow, string language)
    {
        if (language == flow.Language || !flow.Translations.TryGetValue(language, out var texts))
        {
            return flow;
        }

        string T(string key, string text) => texts.TryGetValue(key, out var t) && !string.IsNullOrWhiteSpace(t) ? t : text;
        IReadOnlyList<QuickReply> Replies(string key, IEnumerable<QuickReply> replies) =>
            [.. replies.Select(q => new QuickReply(T($"{key}.{q.EffectiveValue}", q.Label), q.EffectiveValue))];

        return flow with
        {
            Language = language,
            WelcomeMessage = T("welcomeMessage", flow.WelcomeMessage),
            WelcomeQuickReplies = Replies("welcomeQuickReplies", flow.WelcomeQuickReplies),
            Actions = [.. flow.Actions.Select(a => LocalizeAction(a, T, Replies))],
            Options = flow.Options with { ErrorMessage = T("options.errorMessage", flow.Options.ErrorMessage) },
            Consent = flow.Consent with
            {
                CookieConsent = flow.Consent.CookieConsent with { Text = T("consent.cookieConsent.text", flow.Consent.CookieConsent.Text) },
                DataProcessing = flow.Consent.DataProcessing with { Text = T("consent.dataProcessing.text", flow.Consent.DataProcessing.Text) },
            },
            Survey = flow.Survey with { Question = T("survey.question", flow.Survey.Question), CommentPrompt = T("survey.commentPrompt", flow.Survey.CommentPrompt) },
            KnowledgeBase = (flow.KnowledgeBase.ByLanguage?.GetValueOrDefault(language) is { Length: > 0 } knowledgeBase
                ? flow.KnowledgeBase with { KnowledgeBaseId = knowledgeBase }
                : flow.KnowledgeBase) with { Fallback = new KnowledgeFallback(flow.KnowledgeBase.KnowledgeBaseId, flow.Language) },
        };
    }

    private FlowAction LocalizeAction(FlowAction action, Func<string, string, string> t, Func<string, IEnumerable<QuickReply>, IReadOnlyList<QuickReply>> replies)
    {
        if (Read(action) is not { } read)
        {
            return action;
        }

        var settings = action.Settings.DeepClone().AsObject();
        foreach (var property in read.Texts.Texts)
        {
            var text = property.GetValue(read.Settings) as string ?? "";
            if (text.Length > 0)
            {
                settings[Camel(property.Name)] = t($"actions.{action.Id}.{Camel(property.Name)}", text);
            }
        }

        foreach (var property in read.Texts.Replies)
        {
            var key = $"actions.{action.Id}.{Camel(property.Name)}";
            settings[Camel(property.Name)] = JsonSerializer.SerializeToNode(replies(key, property.GetValue(read.Settings) as IEnumerable<QuickReply> ?? []), FlowJson.Options);
        }

        return action with { Settings = settings };
    }

    private (object Settings, SettingsTexts Texts)? Read(FlowAction action)
    {
        if (catalog.Find(action.Type) is not { } bot)
        {
            return null;
        }

        var texts = _bySettingsType.GetOrAdd(bot.SettingsType, SettingsTexts.Of);
        if (texts.Texts.Count == 0 && texts.Replies.Count == 0)
        {
            return null;
        }

        try
        {
            return action.Settings.Deserialize(bot.SettingsType, FlowJson.Options) is { } settings ? (settings, texts) : null;
        }
        catch (JsonException)
        {
            // The validator reports settings of the wrong shape; there is nothing to translate until they are fixed.
            return null;
        }
    }

    private static void Add(List<FlowText> texts, string key, string? actionId, string label, string text, bool template)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            texts.Add(new FlowText(key, actionId, label, text, template));
        }
    }

    private static void AddReplies(List<FlowText> texts, string key, string? actionId, string label, IEnumerable<QuickReply> replies)
    {
        foreach (var reply in replies.Where(r => !string.IsNullOrWhiteSpace(r.Label)).DistinctBy(r => r.EffectiveValue))
        {
            texts.Add(new FlowText($"{key}.{reply.EffectiveValue}", actionId, $"{label} “{reply.EffectiveValue}”", reply.Label, IsTemplate: false));
        }
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Words(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));

    private sealed record SettingsTexts(IReadOnlyList<PropertyInfo> Texts, IReadOnlyList<PropertyInfo> Replies)
    {
        public static SettingsTexts Of(Type type)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            return new(
                [.. properties.Where(p => p.PropertyType == typeof(string) && p.GetCustomAttribute<VisitorTextAttribute>() is not null)],
                [.. properties.Where(p => typeof(IEnumerable<QuickReply>).IsAssignableFrom(p.PropertyType))]);
        }
    }
}
