using Chatflows.Contacts;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Areas.Admin.Pages.Tickets;

/// <summary>One ticket (P3): change its status, assignee and priority; read its conversation and contact.</summary>
[Authorize(Policy = Permissions.AnswerConversations)]
public sealed class TicketModel(ChatflowsDbContext db, TicketPipelines pipelines, TicketEditor editor, PickLists.PickListQueries lists) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? AssigneeId { get; set; }

    [BindProperty]
    public string? Priority { get; set; }

    public TicketRecord Ticket { get; private set; } = new();

    public TicketPipeline Pipeline { get; private set; } = TicketPipeline.Default;

    public IReadOnlyList<PickLists.UserOption> Users { get; private set; } = [];

    public IReadOnlyList<MessageRecord> Messages { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Contact { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Company { get; private set; } = new Dictionary<string, string>();

    public string? ContactEmail { get; private set; }

    /// <summary>The visitor's rating of the conversation (O9), if they gave one.</summary>
    public SurveyResponseRecord? Rating { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Status = Ticket.Status;
        AssigneeId = Ticket.AssigneeId;
        Priority = Ticket.Priority;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = await editor.ChangeAsync(Id, new TicketChange(Status, AssigneeId, Priority), cancellationToken);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(char.ToUpperInvariant(error.Field[0]) + error.Field[1..], error.Message);
            }

            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Notice"] = "Ticket saved.";
        return RedirectToPage("Ticket", new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == Id, cancellationToken) is not { } ticket)
        {
            return false;
        }

        Ticket = ticket;
        Pipeline = await pipelines.FindAsync(ticket.Pipeline, cancellationToken) ?? new TicketPipeline(ticket.Pipeline, ticket.Pipeline, []);
        Users = await lists.UsersAsync(cancellationToken);
        if (ticket.ConversationId is { } conversationId)
        {
            Messages = await db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId).OrderBy(m => m.Seq).ToListAsync(cancellationToken);
            Rating = await db.SurveyResponses.AsNoTracking().SingleOrDefaultAsync(r => r.ConversationId == conversationId, cancellationToken);
        }

        if (ticket.ContactId is { } contactId && await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken) is { } contact)
        {
            ContactEmail = contact.Email;
            Contact = ContactProperties.Read(contact.PropertiesJson);
            Company = ContactProperties.Read(contact.CompanyPropertiesJson);
        }

        return true;
    }

    /// <summary>Statuses to offer: the pipeline's, plus the ticket's own if the pipeline no longer has it.</summary>
    public IEnumerable<TicketStatus> StatusOptions() =>
        Pipeline.FindStatus(Ticket.Status) is null ? [.. Pipeline.Statuses, new TicketStatus(Ticket.Status, Ticket.Status)] : Pipeline.Statuses;

    public string AuthorName(MessageRecord message) => message.Author switch
    {
        MessageAuthor.Visitor => "Visitor",
        MessageAuthor.Bot => "Bot",
        MessageAuthor.Agent => Users.FirstOrDefault(u => u.Id == message.AuthorUserId)?.Name ?? "Agent",
        _ => "System",
    };
}
