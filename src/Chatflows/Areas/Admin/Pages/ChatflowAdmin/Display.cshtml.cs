using Chatflows.Audit;
using Chatflows.Channel;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using V = Chatflows.Core.Validation.ValidationTexts;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>The Display tab (D1–D4): heading and avatar (an upload or an address), desktop and mobile behaviour, triggers, welcome quick replies.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = AvatarImage.MaxUploadBytes)]
[RequestSizeLimit(AvatarImage.MaxUploadBytes + 64 * 1024)]
public sealed class DisplayModel(ChatflowQueries queries, ChatflowStore store, FlowValidator validator, ChatflowAvatars avatars) : ChatflowPageModel(queries, store, validator)
{
    /// <summary>Most quick replies under the welcome message; more would not fit beside the launcher.</summary>
    public const int MaxQuickReplies = 6;

    /// <summary>Longest quick-reply label.</summary>
    public const int MaxLabelLength = 40;

    [BindProperty]
    public DisplayInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Avatar { get; set; }

    /// <summary>The draft's avatar, uploaded or typed; empty when the chatflow uses the channel's.</summary>
    public string AvatarUrl => Draft.Display.AvatarUrl ?? "";

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
        DraftVersion = Current.DraftVersion;
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

            ModelState.AddModelError("Input.Triggers", Words.Of(V.DisplayTriggerChoice()));
        }

        var labels = Input.Labels();
        if (labels.Count > MaxQuickReplies || labels.Any(l => l.Length > MaxLabelLength))
        {
            ModelState.AddModelError("Input.QuickReplies", Words.Of(V.DisplayQuickReplies(MaxQuickReplies, MaxLabelLength)));
        }

        if (Input.ShowQuickRepliesOutside && labels.Count == 0)
        {
            ModelState.AddModelError("Input.QuickReplies", Words.Of(V.DisplayQuickRepliesMissing()));
        }

        return await SaveAsync(Input.ApplyTo(Draft), cancellationToken);
    }

    public async Task<IActionResult> OnPostAvatarAsync(CancellationToken cancellationToken)
    {
        var content = await AvatarImage.ReadAsync(Avatar, cancellationToken);
        return await FinishAvatarAsync(await avatars.UploadAsync(Id, content, DraftVersion, Editor.From(User).Name, cancellationToken),
            V.AvatarUploadedPublish(), cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAvatarAsync(CancellationToken cancellationToken) =>
        await FinishAvatarAsync(await avatars.RemoveAsync(Id, DraftVersion, Editor.From(User).Name, cancellationToken),
            V.AvatarRemovedPublish(), cancellationToken);

    private async Task<IActionResult> FinishAvatarAsync(AvatarUpload result, Core.Text.TextMessage notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Notice"] = Words.Of(notice);
            return Redirect(this.AdminUrl($"/chatflows/{Id}/{Tab}"));
        }

        // The rest of the form was not posted: show what is saved, with the reason next to the file field.
        ModelState.Clear();
        ModelState.AddModelError(nameof(Avatar), result.IsConflict
            ? Words.Of(V.DisplayAvatarConflict())
            : Words.Of(result.Error!));
        Input = DisplayInput.From(Draft);
        return Page();
    }

    protected override string? KeyFor(string field) => Strip(field, "display.");

    /// <summary>The behaviour's words, in the editor's language through <see cref="EditorTexts"/>.</summary>
    public static Core.Text.TextMessage Label(DisplayBehavior behavior) => Word("display.behavior", behavior.ToString());

    /// <summary>The trigger's words, in the editor's language through <see cref="EditorTexts"/>.</summary>
    public static Core.Text.TextMessage Label(DisplayTrigger trigger) => Word("display.trigger", trigger.ToString());

    private static Core.Text.TextMessage Word(string prefix, string name) =>
        new($"{prefix}.{System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name)}", new Dictionary<string, object>());
}
