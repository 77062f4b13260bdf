using Chatflows.Audit;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Microsoft.AspNetCore.Mvc;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>
/// Confirmation before deleting. A chatflow visitors have talked to cannot be deleted (its conversations,
/// tickets and analytics refer to it); the page says so and offers to switch it off instead.
/// </summary>
public sealed class DeleteModel(ChatflowQueries queries, ChatflowStore store, FlowValidator validator, ChatflowEditing editing)
    : ChatflowPageModel(queries, store, validator)
{
    public override string Tab => "";

    public int Conversations { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Conversations = await Queries.ConversationCountAsync(Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var name = Current.Name;
        switch (await editing.DeleteAsync(Id, Editor.From(User), cancellationToken))
        {
            case DeleteOutcome.Deleted:
                TempData["Notice"] = Words.Of(Core.Validation.ValidationTexts.ChatflowDeleted(name));
                return Redirect(this.AdminUrl("/chatflows"));
            case DeleteOutcome.HasConversations:
                Conversations = await Queries.ConversationCountAsync(Id, cancellationToken);
                ModelState.AddModelError("", Words.Of(Core.Validation.ValidationTexts.ChatflowHasConversations()));
                return Page();
            default:
                return NotFound();
        }
    }

    protected override string? KeyFor(string field) => null;
}
