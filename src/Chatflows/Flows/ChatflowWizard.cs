using Chatflows.Audit;
using Chatflows.Channel;
using Chatflows.Core.Flows;
using Chatflows.Core.Flows.Templates;
using Chatflows.Core.Validation;
using Chatflows.PickLists;
using Chatflows.Storage;

namespace Chatflows.Flows;

/// <summary>
/// The creation wizard's rules (C1–C4): which starting points a binding allows, what each step checks, and the
/// chatflow the answers build. The page only binds the form and shows the findings, step by step.
/// </summary>
public sealed class ChatflowWizard(FlowTemplates templates, ChatflowEditing editing, PickListQueries lists, ChannelSettingsStore channel)
{
    /// <summary>The template key of an empty chatflow.</summary>
    public const string Scratch = "scratch";

    /// <summary>Every language with template texts, shipped or the site's own files (STYLE 31), so a template starts in its words.</summary>
    public IReadOnlyList<string> Languages => templates.Languages;

    public IReadOnlyList<FlowTemplate> TemplatesFor(FlowBinding binding) => templates.For(binding);

    public async Task<ChatflowWizardChoices> ChoicesAsync(CancellationToken cancellationToken) => new(
        await lists.KnowledgeBasesByLanguageAsync(cancellationToken), await lists.TeamsAsync(cancellationToken),
        await lists.UsersAsync(cancellationToken), await lists.PipelinesAsync(cancellationToken));

    /// <summary>Where conversations go, language and name; fields <c>binding</c>, <c>language</c>, <c>name</c>.</summary>
    public IReadOnlyList<FieldError> StepOneErrors(NewChatflow answers)
    {
        List<FieldError> errors = [];
        if (answers.Binding is not { } binding || !Enum.IsDefined(binding))
        {
            errors.Add(new("binding", ValidationTexts.WizardBinding()));
        }

        if (answers.Language is null || !Languages.Contains(answers.Language))
        {
            errors.Add(new("language", ValidationTexts.WizardLanguage(string.Join(", ", Languages))));
        }

        if (string.IsNullOrWhiteSpace(answers.Name) || answers.Name.Trim().Length > 100)
        {
            errors.Add(new("name", ValidationTexts.FlowName()));
        }

        return errors;
    }

    /// <summary>The starting point and what it names, against <paramref name="choices"/>: ids must be ones the site has.</summary>
    public IReadOnlyList<FieldError> StepTwoErrors(NewChatflow answers, ChatflowWizardChoices choices)
    {
        List<FieldError> errors = [];
        var binding = answers.Binding ?? FlowBinding.Inbox;
        if (answers.Template != Scratch && !TemplatesFor(binding).Any(t => t.Key == answers.Template))
        {
            errors.Add(new("template", ValidationTexts.WizardTemplate(binding.ToString().ToLowerInvariant())));
        }

        if (Empty(answers.KnowledgeBaseId) is { } kb && !choices.KnowledgeBases.Any(k => k.Id == kb))
        {
            errors.Add(new("knowledgeBaseId", ValidationTexts.ChooseKnowledgeBase()));
        }

        // Tickets the bot creates must land in a column of the tickets board: a pipeline and one of its statuses.
        var pipeline = choices.Pipelines.FirstOrDefault(p => p.Id == answers.TicketPipeline?.Trim());
        if (pipeline is null)
        {
            errors.Add(new("ticketPipeline", ValidationTexts.ChoosePipeline()));
        }
        else if (pipeline.FindStatus(answers.TicketStatus?.Trim()) is null)
        {
            errors.Add(new("ticketStatus", ValidationTexts.ChooseStatus(pipeline.Name)));
        }

        if (Empty(answers.HandOffTeamId) is { } team && !choices.Teams.Any(t => t.Id == team))
        {
            errors.Add(new("handOffTeamId", ValidationTexts.ChooseTeam()));
        }

        if (Empty(answers.MeetingUserId) is { } user && !choices.Users.Any(u => u.Id == user))
        {
            errors.Add(new("meetingUserId", ValidationTexts.ChoosePerson()));
        }

        return errors;
    }

    /// <summary>Creates the draft the answers describe; call after both steps found no errors.</summary>
    public async Task<(SaveResult Result, string Id)> CreateAsync(NewChatflow answers, Editor editor, CancellationToken cancellationToken)
    {
        var welcome = (await channel.GetAsync(cancellationToken)).Settings.WelcomeMessage;
        return await editing.CreateAsync(Build(answers, welcome), editor, cancellationToken);
    }

    /// <param name="channelWelcome">
    /// The channel's welcome message (W3): a chatflow from scratch starts with it, so the site's greeting
    /// set once on the channel page is what a new bot says until the editor writes its own.
    /// </param>
    private Chatflow Build(NewChatflow answers, string channelWelcome)
    {
        var name = answers.Name?.Trim() ?? "";
        var language = answers.Language ?? "en";
        var binding = answers.Binding ?? FlowBinding.Inbox;
        var pipeline = answers.TicketPipeline?.Trim() ?? "";
        var status = answers.TicketStatus?.Trim() ?? "";
        var flow = answers.Template == Scratch
            ? new Chatflow
            {
                Name = name, Binding = binding, Language = language,
                WelcomeMessage = channelWelcome,
                Tickets = new TicketSettings(pipeline, status),
            }
            : templates.Create(answers.Template ?? "", new TemplateParameters("new", name, language, binding)
            {
                KnowledgeBaseId = Empty(answers.KnowledgeBaseId),
                HandOffTeamId = Empty(answers.HandOffTeamId),
                MeetingUserId = Empty(answers.MeetingUserId),
                TicketPipeline = pipeline,
                TicketStatus = status,
            });
        return flow with { KnowledgeBase = new KnowledgeBaseSettings(answers.KnowledgeBaseSearch, Empty(answers.KnowledgeBaseId)) };
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
