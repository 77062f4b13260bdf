using Chatflows.Core.Ports;
using Chatflows.Core.Text;
using Chatflows.Inbox;
using Chatflows.Tickets;
using Chatflows.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using V = Chatflows.Core.Validation.ValidationTexts;

namespace Chatflows.Areas.Admin.Pages.Inbox;

/// <summary>One conversation: transcript, page and contact card; take over, reply, note, assign, close.</summary>
public sealed class ConversationModel(
    InboxQueries inbox, InboxActions actions, TeamDirectory teams, ITeamRoster roster, UserManager<ChatflowsUser> users,
    ConversationTickets tickets, PickLists.PickListQueries lists, EditorTexts words) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? AssignTo { get; set; }

    [BindProperty]
    public TicketInput Ticket { get; set; } = new();

    public InboxThread Thread { get; private set; } = null!;

    public IReadOnlyList<LinkedTicket> Tickets { get; private set; } = [];

    public IReadOnlyList<TicketPipeline> Pipelines { get; private set; } = [];

    public IReadOnlyList<PickLists.UserOption> Assignees { get; private set; } = [];

    /// <summary>Open when the agent's ticket was refused, so they see why.</summary>
    public bool TicketFormOpen { get; private set; }

    public IReadOnlyList<TeamMember> Agents { get; private set; } = [];

    public IReadOnlyList<TeamSummary> Teams { get; private set; } = [];

    public string UserId => users.GetUserId(User)!;

    public bool IsOwner => Thread.Conversation.AssignedUserId == UserId && Thread.Conversation.HandedOff;

    public bool IsOpen => Thread.Conversation.IsOpen;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await actions.MarkReadAsync(Id, UserId, Thread.Conversation.LastSeq, cancellationToken);
        if (await tickets.DraftAsync(Id, UserId, cancellationToken) is { } draft)
        {
            Ticket = TicketInput.From(draft);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTicketAsync(CancellationToken cancellationToken)
    {
        var result = await tickets.CreateAsync(Id, Ticket.ToNewTicket(), UserId, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        var (errors, ticketId) = result.Value;
        if (errors.Count == 0)
        {
            TempData["Notice"] = words.Of(V.InboxTicketCreated());
            return RedirectToPage("/Tickets/Ticket", new { id = ticketId });
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError($"{nameof(Ticket)}.{TicketInput.FieldOf(error.Field)}", words.Of(error));
        }

        TicketFormOpen = true;
        return await InvalidAsync(null, cancellationToken);
    }

    public async Task<IActionResult> OnPostTakeOverAsync(CancellationToken cancellationToken) =>
        Finish(await actions.TakeOverAsync(Id, await AgentAsync(), cancellationToken), V.InboxTookOver());

    public async Task<IActionResult> OnPostReplyAsync(CancellationToken cancellationToken)
    {
        var (outcome, _) = await actions.WriteMessageAsync(Id, await AgentAsync(), Text ?? "", note: false, cancellationToken);
        return outcome == InboxOutcome.Invalid
            ? await InvalidAsync(nameof(Text), cancellationToken)
            : Finish(outcome, null);
    }

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken)
    {
        var (outcome, _) = await actions.WriteMessageAsync(Id, await AgentAsync(), Note ?? "", note: true, cancellationToken);
        return outcome == InboxOutcome.Invalid
            ? await InvalidAsync(nameof(Note), cancellationToken)
            : Finish(outcome, V.InboxNoteAdded());
    }

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken cancellationToken)
    {
        ChatflowsUser? agent = null;
        string? teamId = null;
        if (AssignTo?.StartsWith("user:", StringComparison.Ordinal) == true)
        {
            var agentId = AssignTo["user:".Length..];
            agent = (await roster.GetMembersAsync(null, cancellationToken)).Any(m => m.UserId == agentId) ? await users.FindByIdAsync(agentId) : null;
        }
        else if (AssignTo?.StartsWith("team:", StringComparison.Ordinal) == true)
        {
            teamId = (await teams.FindAsync(AssignTo["team:".Length..], cancellationToken))?.Id;
        }

        if (agent is null && teamId is null)
        {
            ModelState.AddModelError(nameof(AssignTo), words.Of(V.InboxPickAssignee()));
            return await InvalidAsync(null, cancellationToken);
        }

        var (outcome, assignee) = await actions.AssignAsync(Id, await AgentAsync(), agent, teamId, cancellationToken);
        var notice = (agent, assignee) switch
        {
            (not null, _) => V.InboxAssigned(agent.DisplayName),
            (null, { } someone) => V.InboxAssignedInTeam((await users.FindByIdAsync(someone))?.DisplayName ?? words.Of(V.InboxAnAgent())),
            _ => V.InboxAssignedWaiting(),
        };
        return Finish(outcome, notice);
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        Finish(await actions.CloseAsync(Id, await AgentAsync(), cancellationToken), V.InboxClosedNow());

    /// <summary>The visitor's page as a link only when it is http(s): the address is visitor input.</summary>
    public string? SafePageLink => Uri.TryCreate(Thread.Conversation.PageUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private async Task<ChatflowsUser> AgentAsync() => (await users.GetUserAsync(User))!;

    private async Task<IActionResult> InvalidAsync(string? field, CancellationToken cancellationToken)
    {
        if (field is not null)
        {
            ModelState.AddModelError(field, words.Of(V.InboxTextLength(InboxActions.MaxTextLength)));
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private IActionResult Finish(InboxOutcome outcome, TextMessage? notice)
    {
        switch (outcome)
        {
            case InboxOutcome.NotFound:
                return NotFound();
            case InboxOutcome.TakenByOther:
                TempData["Notice"] = words.Of(V.InboxTakenByOther());
                break;
            case InboxOutcome.NotOwner:
                TempData["Notice"] = words.Of(V.InboxNotOwner());
                break;
            case InboxOutcome.Closed:
                TempData["Notice"] = words.Of(V.InboxIsClosed());
                break;
            default:
                if (notice is not null)
                {
                    TempData["Notice"] = words.Of(notice);
                }

                break;
        }

        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var thread = await inbox.ThreadAsync(Id, cancellationToken);
        if (thread is null)
        {
            return false;
        }

        Thread = thread;
        Agents = await roster.GetMembersAsync(null, cancellationToken);
        Teams = await teams.ListAsync(cancellationToken);
        Tickets = await tickets.ListAsync(Id, cancellationToken);
        Pipelines = await tickets.PipelinesAsync(cancellationToken);
        Assignees = await lists.UsersAsync(cancellationToken);
        return true;
    }
}
