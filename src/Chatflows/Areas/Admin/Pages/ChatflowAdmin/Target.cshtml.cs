using Chatflows.Audit;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Microsoft.AspNetCore.Mvc;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>
/// The Target tab (T1–T6). Adding and removing groups and rules are submit buttons that re-render the form
/// without saving, so the editor works without JavaScript and by keyboard; only "Save" writes the draft.
/// </summary>
public sealed class TargetModel(ChatflowQueries queries, ChatflowStore store, FlowValidator validator, ChatflowEditing editing, global::Chatflows.Channel.ChannelSettingsStore channel)
    : ChatflowPageModel(queries, store, validator)
{
    /// <summary>At most this many groups, rules per group and exclusions, as the validator allows.</summary>
    public const int MaxRules = Core.Targeting.TargetingValidator.MaxRules;

    [BindProperty]
    public TargetInput Input { get; set; } = new();

    public override string Tab => "target";

    /// <summary>The contact properties the editor manages (G1), suggested for visitor-information rules.</summary>
    public IReadOnlyList<Core.Channel.ContactPropertyDefinition> ContactProperties { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ContactProperties = (await channel.GetAsync(HttpContext.RequestAborted)).Settings.ContactProperties;
        await next();
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = TargetInput.From(Draft.Targeting, Current.Priority);
        DraftVersion = Current.DraftVersion;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? command, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(command))
        {
            Apply(command);
            ModelState.Clear(); // indexes moved: show the edited lists, not the posted ones
            return Page();
        }

        if (Input.Priority is < 0 or > 10_000)
        {
            ModelState.AddModelError("Input.Priority", Words.Of(Core.Validation.ValidationTexts.TargetPriority(10_000)));
        }

        var result = await SaveAsync(Draft with { Targeting = Input.ToRules() }, cancellationToken);
        if (result is RedirectResult && Input.Priority != Current.Priority)
        {
            await editing.SetPriorityAsync(Id, Input.Priority, Editor.From(User), cancellationToken);
        }

        return result;
    }

    protected override string? KeyFor(string field) => Strip(field, "targeting.");

    private void Apply(string command)
    {
        var parts = command.Split(':');
        int At(int i) => parts.Length > i && int.TryParse(parts[i], out var n) ? n : -1;
        switch (parts[0])
        {
            case "add-group" when Input.Groups.Count < MaxRules:
                Input.Groups.Add(new GroupInput { Rules = [new RuleInput()] });
                break;
            case "remove-group" when At(1) is var g && g >= 0 && g < Input.Groups.Count:
                Input.Groups.RemoveAt(g);
                break;
            case "add-rule" when At(1) is var g && g >= 0 && g < Input.Groups.Count && Input.Groups[g].Rules.Count < MaxRules:
                Input.Groups[g].Rules.Add(new RuleInput());
                break;
            case "remove-rule" when At(1) is var g && g >= 0 && g < Input.Groups.Count && At(2) is var r && r >= 0 && r < Input.Groups[g].Rules.Count:
                Input.Groups[g].Rules.RemoveAt(r);
                break;
            case "add-exclusion" when Input.Exclusions.Count < MaxRules:
                Input.Exclusions.Add(new RuleInput());
                break;
            case "remove-exclusion" when At(1) is var e && e >= 0 && e < Input.Exclusions.Count:
                Input.Exclusions.RemoveAt(e);
                break;
        }
    }
}
