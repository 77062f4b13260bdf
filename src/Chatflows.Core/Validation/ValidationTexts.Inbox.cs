using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// The inbox: what an agent is told after replying, assigning, closing or switching availability.
public static partial class ValidationTexts
{
    public static TextMessage InboxTextLength(int max) => M("inbox.textLength", ("max", Plain(max)));
    public static TextMessage InboxPickAssignee() => M("inbox.pickAssignee");
    public static TextMessage InboxTicketCreated() => M("inbox.ticketCreated");
    public static TextMessage InboxTookOver() => M("inbox.tookOver");
    public static TextMessage InboxNoteAdded() => M("inbox.noteAdded");
    public static TextMessage InboxAssigned(string name) => M("inbox.assigned", ("name", name));
    public static TextMessage InboxAssignedInTeam(string name) => M("inbox.assignedInTeam", ("name", name));
    public static TextMessage InboxAssignedWaiting() => M("inbox.assignedWaiting");
    public static TextMessage InboxAnAgent() => M("inbox.anAgent");
    public static TextMessage InboxClosedNow() => M("inbox.closedNow");
    public static TextMessage InboxTakenByOther() => M("inbox.takenByOther");
    public static TextMessage InboxNotOwner() => M("inbox.notOwner");
    public static TextMessage InboxIsClosed() => M("inbox.isClosed");
    public static TextMessage InboxAvailable() => M("inbox.available");
    public static TextMessage InboxAway() => M("inbox.away");
}
