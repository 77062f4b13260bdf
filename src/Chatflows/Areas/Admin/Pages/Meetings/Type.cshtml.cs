using Chatflows.Core.Validation;
using Chatflows.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Meetings;

/// <summary>Adds or edits a meeting type; an Administrator may do so for another host (<c>?host=</c>).</summary>
public sealed class TypeModel(MeetingQueries queries, MeetingAdministration meetings, MeetingsAccess access, EditorTexts words) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Host { get; set; }

    [BindProperty]
    public TypeForm Input { get; set; } = new();

    public string HostName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await HostIdAsync(cancellationToken) is not { } hostId)
        {
            return NotFound();
        }

        if (Id is { } id && await queries.TypeAsync(id, cancellationToken) is { } type)
        {
            Input = new TypeForm
            {
                Name = type.Name, Slug = type.Slug, DurationMinutes = type.DurationMinutes, BufferBeforeMinutes = type.BufferBeforeMinutes,
                BufferAfterMinutes = type.BufferAfterMinutes, MinimumNoticeMinutes = type.MinimumNoticeMinutes, BookingWindowDays = type.BookingWindowDays,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await HostIdAsync(cancellationToken) is not { } hostId)
        {
            return NotFound();
        }

        var input = new MeetingTypeInput(
            (Input.Slug ?? "").Trim(), Input.Name ?? "", Input.DurationMinutes, Input.BufferBeforeMinutes, Input.BufferAfterMinutes,
            Input.MinimumNoticeMinutes, Input.BookingWindowDays);
        var errors = ModelState.IsValid ? await meetings.SaveTypeAsync(hostId, Id, input, cancellationToken) : [];
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{nameof(Input)}.{char.ToUpperInvariant(error.Field[0])}{error.Field[1..]}", words.Of(error));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.MeetingsTypeSaved(input.Name.Trim()));
        return RedirectToPage("Index");
    }

    // The type's own host when editing; the signed-in user (or, for an Administrator, ?host=) when adding.
    private async Task<string?> HostIdAsync(CancellationToken cancellationToken)
    {
        var owner = Id is { } id
            ? (await queries.TypeAsync(id, cancellationToken))?.HostUserId
            : Host;
        if (Id is not null && owner is null)
        {
            return null;
        }

        var host = await access.HostAsync(User, owner);
        HostName = host?.DisplayName ?? "";
        Host = host?.Id;
        return host?.Id;
    }

    public sealed class TypeForm
    {
        // Required and at most 100: checked by MeetingAdministration, in the editor's language.
        public string? Name { get; set; }

        public string? Slug { get; set; }

        public int DurationMinutes { get; set; } = 30;

        public int BufferBeforeMinutes { get; set; }

        public int BufferAfterMinutes { get; set; }

        public int MinimumNoticeMinutes { get; set; } = 240;

        public int BookingWindowDays { get; set; } = 14;
    }
}
