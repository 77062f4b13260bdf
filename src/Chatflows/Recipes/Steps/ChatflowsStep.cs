using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Core.Flows;
using Chatflows.Core.Flows.Templates;
using Chatflows.Core.Targeting;
using Chatflows.Flows;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Recipes.Steps;

/// <summary>
/// <c>{"name": "chatflows", "chatflows": [...]}</c>: creates (or replaces by id) chatflows from a
/// template by name or from a whole document, then publishes and switches them on when asked.
/// </summary>
public sealed class ChatflowsStep(ChatflowStore store, FlowTemplates templates, UserManager<ChatflowsUser> users, Core.Translations.FlowTexts texts) : IRecipeStep
{
    public string Name => "chatflows";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var data = context.Read<ChatflowsStepData>();
        if (data.Chatflows is null)
        {
            throw context.Fail("chatflows", "List the chatflows as an array.");
        }

        for (var i = 0; i < data.Chatflows.Count; i++)
        {
            var item = data.Chatflows[i];
            var at = $"chatflows[{i}]";
            var flow = item.Flow is not null ? ReadDocument(context, item.Flow, at) : await FromTemplateAsync(context, item, at);
            foreach (var language in item.TemplateLanguages ?? [])
            {
                // L1: the template's own words in that language, under the same keys, as the flow's translation.
                var other = await FromTemplateAsync(context, item with { Language = language }, $"{at}.templateLanguages");
                var keys = texts.Of(flow).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
                flow = flow with
                {
                    Translations = ChatflowTranslations.With(flow.Translations, language, texts.Of(other).Where(t => keys.Contains(t.Key)).ToDictionary(t => t.Key, t => t.BaseText, StringComparer.Ordinal)),
                };
            }

            if (item.Targeting is not null)
            {
                flow = flow with { Targeting = item.Targeting };
            }

            foreach (var (language, translated) in item.Translations ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
            {
                // Written texts win over a template's, key by key.
                var merged = new Dictionary<string, string>(flow.Translations.GetValueOrDefault(language) ?? new Dictionary<string, string>(), StringComparer.Ordinal);
                foreach (var (key, text) in translated)
                {
                    merged[key] = text;
                }

                flow = flow with { Translations = ChatflowTranslations.With(flow.Translations, language, merged) };
            }

            if (item.KnowledgeBaseByLanguage is not null)
            {
                flow = flow with { KnowledgeBase = flow.KnowledgeBase with { ByLanguage = item.KnowledgeBaseByLanguage } };
            }

            if (item.Survey is not null)
            {
                flow = flow with { Survey = item.Survey };
            }

            var saved = await store.CreateOrReplaceAsync(flow, cancellationToken);
            context.ThrowIfAny(saved.Errors, at);
            if (item.Publish)
            {
                var published = await store.PublishAsync(flow.Id, "Recipe", note: null, cancellationToken);
                if (published.Findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error) is { } error)
                {
                    throw context.Fail($"{at}.{(error.ActionId is null ? "" : $"actions[{error.ActionId}].")}{error.Field}".TrimEnd('.'), error.Message);
                }

                await store.SetEnabledAsync(flow.Id, item.Enabled, cancellationToken);
            }
        }
    }

    private static Chatflow ReadDocument(RecipeStepContext context, JsonObject document, string at)
    {
        try
        {
            return document.Deserialize<Chatflow>(FlowJson.Options) ?? throw context.Fail($"{at}.flow", "The chatflow document is empty.");
        }
        catch (JsonException e)
        {
            throw context.Fail($"{at}.flow.{e.Path?.TrimStart('$', '.')}".TrimEnd('.'), "This value has the wrong kind.");
        }
    }

    private async Task<Chatflow> FromTemplateAsync(RecipeStepContext context, ChatflowItem item, string at)
    {
        if (string.IsNullOrWhiteSpace(item.Template) || string.IsNullOrWhiteSpace(item.Id) || string.IsNullOrWhiteSpace(item.Name))
        {
            throw context.Fail(at, "Give either a \"flow\" document, or a \"template\" with an \"id\" and a \"name\".");
        }

        string? meetingUserId = null;
        if (item.MeetingUser is { } email)
        {
            meetingUserId = (await users.FindByEmailAsync(email))?.Id ?? throw context.Fail($"{at}.meetingUser", $"There is no user {email}; add them in a users step first.");
        }

        try
        {
            return templates.Create(item.Template, new TemplateParameters(item.Id, item.Name, item.Language ?? "en", item.Binding ?? FlowBinding.Inbox)
            {
                KnowledgeBaseId = item.KnowledgeBaseId,
                HandOffTeamId = item.HandOffTeamId,
                MeetingUserId = meetingUserId,
                TicketPipeline = item.TicketPipeline ?? "support",
                TicketStatus = item.TicketStatus ?? "new",
            });
        }
        catch (ArgumentException e)
        {
            throw context.Fail($"{at}.template", e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private sealed record ChatflowsStepData(IReadOnlyList<ChatflowItem>? Chatflows);

    private sealed record ChatflowItem(
        string? Id, string? Name, string? Template, string? Language, FlowBinding? Binding, string? KnowledgeBaseId, string? HandOffTeamId,
        string? MeetingUser, string? TicketPipeline, string? TicketStatus, JsonObject? Flow, TargetingRules? Targeting,
        bool Publish = true, bool Enabled = true, SurveySettings? Survey = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null, IReadOnlyDictionary<string, string>? KnowledgeBaseByLanguage = null,
        IReadOnlyList<string>? TemplateLanguages = null);
}
