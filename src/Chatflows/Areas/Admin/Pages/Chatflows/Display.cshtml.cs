using Chatflows.Core.Flows;
using Chatflows.Flows;
using Microsoft.AspNetCore.Mvc;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>The Display tab (D1–D4): heading and avatar, desktop and mobile behaviour, triggers, welcome quick replies.</summary>
public sealed class DisplayModel(ChatflowStore store, FlowValidator validator) : ChatflowPageModel(store, validator)
{
    /// <summary>Most quick replies under the welcome message; more would not fit beside the launcher.</summary>
    public const int MaxQuickReplies = 6;

    /// <summary>Longest quick-reply label.</summary>
    public const int MaxLabelLength = 40;

    [BindProperty]
    public DisplayInput Input { get; set; } = new();

    public override string Tab => "display";

    /// <summary>The triggers an editor can tick (D4); "at once" is none ticked.</summary>
    public static IReadOnlyList<DisplayTrigger> Choosable { get; } = [DisplayTrigger.ExitIntent, DisplayTrigger.TimeOnPage, DisplayTrigger.ScrollPercentage];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = DisplayInput.From(Draft);
        DraftVersion = Record.DraftVersion;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // The binder's "The value 'x' is not valid" says nothing to an editor; the validator's message does.
        if (ModelState.Keys.Any(k => k.StartsWith("Input.Triggers", StringComparison.Ordinal) && ModelState[k]!.Errors.Count > 0))
        {
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.Triggers", StringComparison.Ordinal)).ToList())
            {
                ModelState.Remove(key);
            }

            ModelState.AddModelError("Input.Triggers", "Choose triggers from exit intent, time on page and share of the page scrolled.");
        }

        var labels = Input.Labels();
        if (labels.Count > MaxQuickReplies || labels.Any(l => l.Length > MaxLabelLength))
        {
            ModelState.AddModelError("Input.QuickReplies", $"Use at most {MaxQuickReplies} quick replies of at most {MaxLabelLength} characters each.");
        }

        if (Input.ShowQuickRepliesOutside && labels.Count == 0)
        {
            ModelState.AddModelError("Input.QuickReplies", "Add the quick replies to show under the welcome message, or untick the option.");
        }

        return await SaveAsync(Input.ApplyTo(Draft), cancellationToken);
    }

    protected override string? KeyFor(string field) => Strip(field, "display.");

    public static string Label(DisplayBehavior behavior) => behavior switch
    {
        DisplayBehavior.LauncherThenWelcome => "Show the launcher on load, and the welcome message when the trigger fires",
        DisplayBehavior.LauncherOnTrigger => "Show only the launcher, when the trigger fires",
        DisplayBehavior.OpenOnTrigger => "Open the chat with the welcome message when the trigger fires (or on click)",
        _ => behavior.ToString(),
    };

    public static string Label(DisplayTrigger trigger) => trigger switch
    {
        DisplayTrigger.None => "Immediately",
        DisplayTrigger.ExitIntent => "Exit intent (the pointer leaves through the top of the window)",
        DisplayTrigger.TimeOnPage => "Time on page",
        DisplayTrigger.ScrollPercentage => "Share of the page scrolled",
        _ => trigger.ToString(),
    };
}
