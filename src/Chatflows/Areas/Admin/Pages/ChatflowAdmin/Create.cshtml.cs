using Chatflows.Audit;
using Chatflows.Core.Flows.Templates;
using Chatflows.Flows;
using Chatflows.Tickets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>
/// The creation wizard (C1–C4) in two server-rendered steps: where conversations go, language and name;
/// then the starting point (only the templates the binding allows), knowledge base, tickets and people.
/// The rules live in <see cref="ChatflowWizard"/>; this page binds the form and shows what it finds.
/// </summary>
public sealed class CreateModel(ChatflowWizard wizard, EditorTexts words) : PageModel
{
    private ChatflowWizardChoices _choices = new([], [], [], []);

    [BindProperty(SupportsGet = true)]
    public CreateInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int Step { get; set; } = 1;

    public IReadOnlyList<FlowTemplate> Templates => wizard.TemplatesFor(Input.Binding);

    public IReadOnlyList<(string Id, string Name)> KnowledgeBases { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Teams { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Users { get; private set; } = [];

    /// <summary>The site's real ticket pipelines and their statuses (C4), as the tickets pages have them.</summary>
    public IReadOnlyList<TicketPipeline> Pipelines { get; private set; } = [];

    public IReadOnlyList<string> Languages => wizard.Languages;

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
        Show(StepOneErrors());
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
        Show(stepOne);
        await FillAsync(cancellationToken);
        if (stepOne.Count > 0)
        {
            Step = 1;
            return Page();
        }

        Step = 2;
        var answers = Input.ToNewChatflow(bindingUnreadable: false);
        Show(wizard.StepTwoErrors(answers, _choices));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (result, id) = await wizard.CreateAsync(answers, Editor.From(User), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", words.Of(error));
            }

            return Page();
        }

        TempData["Notice"] = words.Of(Core.Validation.ValidationTexts.ChatflowCreated(Input.Name ?? ""));
        return Redirect(this.AdminUrl($"/chatflows/{id}"));
    }

    // The form's own messages replace the binder's generic ones ("The value 'x' is not valid.").
    private IReadOnlyList<Core.Validation.FieldError> StepOneErrors()
    {
        var bindingUnreadable = ModelState.TryGetValue("Input.Binding", out var binding) && binding.Errors.Count > 0;
        foreach (var key in new[] { "Input.Binding", "Input.Language", "Input.Name" })
        {
            ModelState.Remove(key);
        }

        return wizard.StepOneErrors(Input.ToNewChatflow(bindingUnreadable));
    }

    private void Show(IReadOnlyList<Core.Validation.FieldError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError($"Input.{char.ToUpperInvariant(error.Field[0])}{error.Field[1..]}", words.Of(error));
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        _choices = await wizard.ChoicesAsync(cancellationToken);
        KnowledgeBases = [.. _choices.KnowledgeBases.Select(k => (k.Id, k.Detail is null ? k.Name : $"{k.Name} ({k.Detail})"))];
        Teams = [.. _choices.Teams.Select(t => (t.Id, t.Name))];
        Users = [.. _choices.Users.Select(u => (u.Id, $"{u.Name} ({u.Email})"))];
        Pipelines = _choices.Pipelines;
    }
}
