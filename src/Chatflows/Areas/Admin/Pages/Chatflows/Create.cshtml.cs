using Chatflows.Audit;
using Chatflows.Channel;
using Chatflows.Core.Flows;
using Chatflows.Core.Flows.Templates;
using Chatflows.Core.Text;
using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Tickets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>
/// The creation wizard (C1–C4) in two server-rendered steps: where conversations go, language and name;
/// then the starting point (only the templates the binding allows), knowledge base, tickets and people.
/// </summary>
public sealed class CreateModel(
    FlowTemplates templates, ChatflowEditing editing, ChatflowsDbContext db, TicketPipelines pipelines, ChannelSettingsStore channel) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CreateInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int Step { get; set; } = 1;

    public IReadOnlyList<FlowTemplate> Templates => templates.For(Input.Binding);

    public IReadOnlyList<(string Id, string Name)> KnowledgeBases { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Teams { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Users { get; private set; } = [];

    /// <summary>The site's real ticket pipelines and their statuses (C4), as the tickets pages have them.</summary>
    public IReadOnlyList<TicketPipeline> Pipelines { get; private set; } = [];

    public static IReadOnlyCollection<string> Languages => BuiltInTexts.Languages;

    /// <summary>Where "create a knowledge base" sends the editor back to: this step, with what they chose so far.</summary>
    public string ReturnUrl =>
        this.AdminUrl($"/chatflows/create?step=2&Input.Binding={Input.Binding}&Input.Language={Uri.EscapeDataString(Input.Language ?? "")}&Input.Name={Uri.EscapeDataString(Input.Name ?? "")}");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear(); // a first visit is not a submission: no errors yet
        Step = Step == 2 && StepOneErrors().Count == 0 ? 2 : 1;
        await FillAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostNextAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, message) in StepOneErrors())
        {
            ModelState.AddModelError(key, message);
        }

        Step = ModelState.IsValid ? 2 : 1;
        await FillAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostBackAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Step = 1;
        await FillAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var stepOne = StepOneErrors();
        foreach (var (key, message) in stepOne)
        {
            ModelState.AddModelError(key, message);
        }

        await FillAsync(cancellationToken);
        if (stepOne.Count > 0)
        {
            Step = 1;
            return Page();
        }

        Step = 2;
        foreach (var (key, message) in await StepTwoErrorsAsync(cancellationToken))
        {
            ModelState.AddModelError(key, message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var welcome = (await channel.GetAsync(cancellationToken)).Settings.WelcomeMessage;
        var (result, id) = await editing.CreateAsync(Build(welcome), Editor.From(User), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Message);
            }

            return Page();
        }

        TempData["Notice"] = $"Created {Input.Name}. Build it, choose where it shows, then publish.";
        return Redirect(this.AdminUrl($"/chatflows/{id}"));
    }

    /// <param name="channelWelcome">
    /// The channel's welcome message (W3): a chatflow from scratch starts with it, so the site's greeting
    /// set once on the channel page is what a new bot says until the editor writes its own.
    /// </param>
    private Chatflow Build(string channelWelcome)
    {
        var name = Input.Name?.Trim() ?? "";
        var language = Input.Language ?? "en";
        var pipeline = Input.TicketPipeline?.Trim() ?? "";
        var status = Input.TicketStatus?.Trim() ?? "";
        var flow = Input.Template == CreateInput.Scratch
            ? new Chatflow
            {
                Name = name, Binding = Input.Binding, Language = language,
                WelcomeMessage = channelWelcome,
                Tickets = new TicketSettings(pipeline, status),
            }
            : templates.Create(Input.Template ?? "", new TemplateParameters("new", name, language, Input.Binding)
            {
                KnowledgeBaseId = Empty(Input.KnowledgeBaseId),
                HandOffTeamId = Empty(Input.HandOffTeamId),
                MeetingUserId = Empty(Input.MeetingUserId),
                TicketPipeline = pipeline,
                TicketStatus = status,
            });
        return flow with { KnowledgeBase = new KnowledgeBaseSettings(Input.KnowledgeBaseSearch, Empty(Input.KnowledgeBaseId)) };
    }

    private List<(string Key, string Message)> StepOneErrors()
    {
        List<(string, string)> errors = [];

        // The form's own messages replace the binder's generic ones ("The value 'x' is not valid.").
        var badBinding = ModelState.TryGetValue("Input.Binding", out var binding) && binding.Errors.Count > 0;
        foreach (var key in new[] { "Input.Binding", "Input.Language", "Input.Name" })
        {
            ModelState.Remove(key);
        }

        if (badBinding || !Enum.IsDefined(Input.Binding))
        {
            errors.Add(("Input.Binding", "Choose the inbox or the helpdesk."));
        }

        if (Input.Language is null || !Languages.Contains(Input.Language))
        {
            errors.Add(("Input.Language", $"Choose one of the languages {string.Join(", ", Languages)}."));
        }

        if (string.IsNullOrWhiteSpace(Input.Name) || Input.Name.Trim().Length > 100)
        {
            errors.Add(("Input.Name", "Give the chatflow a name of 1 to 100 characters."));
        }

        return errors;
    }

    private async Task<List<(string Key, string Message)>> StepTwoErrorsAsync(CancellationToken cancellationToken)
    {
        List<(string, string)> errors = [];
        if (Input.Template != CreateInput.Scratch && !Templates.Any(t => t.Key == Input.Template))
        {
            errors.Add(("Input.Template", $"Choose one of the starting points offered for the {Input.Binding.ToString().ToLowerInvariant()}."));
        }

        if (Empty(Input.KnowledgeBaseId) is { } kb && !await db.KnowledgeBases.AnyAsync(k => k.Id == kb, cancellationToken))
        {
            errors.Add(("Input.KnowledgeBaseId", "Choose a knowledge base from the list."));
        }

        // Tickets the bot creates must land in a column of the tickets board: a pipeline and one of its statuses.
        var pipeline = Pipelines.FirstOrDefault(p => p.Id == Input.TicketPipeline?.Trim());
        if (pipeline is null)
        {
            errors.Add(("Input.TicketPipeline", "Choose a ticket pipeline from the list."));
        }
        else if (pipeline.FindStatus(Input.TicketStatus?.Trim()) is null)
        {
            errors.Add(("Input.TicketStatus", $"Choose a status of the pipeline '{pipeline.Name}'."));
        }

        if (Empty(Input.HandOffTeamId) is { } team && !await db.Teams.AnyAsync(t => t.Id == team, cancellationToken))
        {
            errors.Add(("Input.HandOffTeamId", "Choose a team from the list."));
        }

        if (Empty(Input.MeetingUserId) is { } user && !await db.Users.AnyAsync(u => u.Id == user, cancellationToken))
        {
            errors.Add(("Input.MeetingUserId", "Choose a person from the list."));
        }

        return errors;
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        KnowledgeBases = [.. (await db.KnowledgeBases.AsNoTracking().OrderBy(k => k.Name).Select(k => new { k.Id, k.Name, k.Language }).ToListAsync(cancellationToken))
            .Select(k => (k.Id, k.Language is null ? k.Name : $"{k.Name} ({k.Language})"))];
        Teams = [.. (await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken)).Select(t => (t.Id, t.Name))];
        Pipelines = await pipelines.ListAsync(cancellationToken);
        Users = [.. (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, $"{u.DisplayName} ({u.Email})"))];
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
