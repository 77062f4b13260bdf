using Chatflows.Core.Validation;
using Chatflows.Inbox;
using Chatflows.PickLists;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Inbox;

/// <summary>The conversations list (P2): tabs, filters, unread counts and the agent's own availability.</summary>
public sealed class IndexModel(InboxQueries inbox, AgentAvailability availability, UserManager<ChatflowsUser> users, PickListQueries lists, EditorTexts words) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "view")]
    public string View { get; set; } = InboxViews.Open;

    [BindProperty(SupportsGet = true, Name = "chatflow")]
    public string? Chatflow { get; set; }

    [BindProperty(SupportsGet = true, Name = "channel")]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];

    public IReadOnlyList<PickOption> Chatflows { get; private set; } = [];

    public bool Available { get; private set; }

    public int UnreadMine { get; private set; }

    public static IReadOnlyList<string> Statuses => InboxStatuses.Filterable;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User)!;
        View = InboxViews.All.Contains(View) ? View : InboxViews.Open;
        Status = Statuses.Contains(Status) ? Status : null;
        Channel = Channels.Any(c => c.Value == Channel) ? Channel : null;
        Search = Search is { Length: > 200 } ? Search[..200] : Search;
        Rows = await inbox.ListAsync(new InboxFilter(View, Chatflow, Status, Search, Channel), userId, cancellationToken);
        Chatflows = await lists.ChatflowsAsync(cancellationToken);
        Available = await availability.IsAvailableAsync(userId, cancellationToken);
        UnreadMine = await inbox.UnreadForAsync(userId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAvailabilityAsync(bool available, CancellationToken cancellationToken)
    {
        await availability.SetAsync(users.GetUserId(User)!, available, cancellationToken);
        TempData["Notice"] = words.Of(available ? ValidationTexts.InboxAvailable() : ValidationTexts.InboxAway());
        return RedirectToPage();
    }

    /// <summary>The chatflow bindings (C1) as agents know them.</summary>
    public static IReadOnlyList<(string Value, string Label)> Channels { get; } = [("inbox", "Conversations inbox"), ("helpdesk", "Help desk")];

    public static string StatusLabel(string status) => InboxStatuses.Label(status);
}
