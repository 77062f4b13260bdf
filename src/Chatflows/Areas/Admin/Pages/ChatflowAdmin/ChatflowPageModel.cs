using System.Globalization;
using Chatflows.Audit;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>
/// A tab that edits part of a chatflow's draft. Saving re-reads the draft, applies only this tab's
/// fields and saves with the <see cref="DraftVersion"/> the form was opened with, so two editors on
/// different tabs do not undo each other, and two on the same tab get a conflict instead of a silent loss.
/// </summary>
public abstract class ChatflowPageModel(ChatflowQueries queries, ChatflowStore store, FlowValidator validator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>The draft version the form was opened on (optimistic concurrency).</summary>
    [BindProperty]
    public Guid DraftVersion { get; set; }

    /// <summary>The chatflow as last read: its draft and what the header shows.</summary>
    public ChatflowDraft Current { get; private set; } = null!;

    public Chatflow Draft { get; private set; } = null!;

    /// <summary>Set when someone else saved in the meantime: who and when, shown above the kept input.</summary>
    public string? Conflict { get; private set; }

    public abstract string Tab { get; }

    /// <summary>The query string a save returns to, e.g. the language the Translations tab shows; empty for none.</summary>
    protected virtual string SavedQuery => "";

    /// <summary>The chatflow reads, for tabs that show more than the draft.</summary>
    protected ChatflowQueries Queries => queries;

    public ChatflowHeader Header => ChatflowHeader.For(Current, Tab);

    /// <summary>Validation messages in the editor's language (Accept-Language).</summary>
    protected EditorTexts Words => HttpContext.RequestServices.GetRequiredService<EditorTexts>();

    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await queries.FindAsync(Id, cancellationToken) is not { } chatflow)
        {
            return false;
        }

        Current = chatflow;
        Draft = chatflow.Draft;
        return true;
    }

    /// <summary>The model-state key of a validator field on this tab, or null when the field belongs elsewhere.</summary>
    protected abstract string? KeyFor(string field);

    /// <summary>Validates this tab's part of <paramref name="updated"/> and saves the draft; re-renders with errors or a conflict.</summary>
    protected async Task<IActionResult> SaveAsync(Chatflow updated, CancellationToken cancellationToken)
    {
        foreach (var finding in validator.Validate(updated).Where(f => f.Severity == FindingSeverity.Error && f.ActionId is null && f.Field is not null))
        {
            if (KeyFor(finding.Field!) is { } key)
            {
                ModelState.AddModelError(key, Words.Of(finding));
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var editor = Editor.From(User);
        var result = await store.SaveDraftAsync(updated, DraftVersion, editor.Name, cancellationToken);
        if (result.IsConflict)
        {
            await LoadAsync(cancellationToken);
            var when = Current.UpdatedUtc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            Conflict = Words.Of(Core.Validation.ValidationTexts.NoticeConflict(Current.UpdatedBy ?? Words.Of(Core.Validation.ValidationTexts.NoticeSomeoneElse()), when));
            DraftVersion = Current.DraftVersion;
            ModelState.Remove(nameof(DraftVersion));
            return Page();
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(KeyFor(error.Field) ?? "", Words.Of(error));
            }

            return Page();
        }

        TempData["Notice"] = Words.Of(Core.Validation.ValidationTexts.NoticeSaved());
        return Redirect(this.AdminUrl($"/chatflows/{Id}/{Tab}{SavedQuery}"));
    }

    /// <summary>"options.typingDelayMs" with prefix "options." → "Input.TypingDelayMs"; groups[0].rules[1] keep their indexes.</summary>
    protected static string? Strip(string field, string prefix) =>
        field.StartsWith(prefix, StringComparison.Ordinal) ? "Input." + Pascal(field[prefix.Length..]) : null;

    private static string Pascal(string path) =>
        string.Join('.', path.Split('.').Select(s => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..]));
}
