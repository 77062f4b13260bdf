using Chatflows.Meetings;
using Microsoft.AspNetCore.Mvc;

namespace Chatflows.Areas.Admin.Pages.Meetings;

/// <summary>
/// The meetings a conversation booked, as lines in its inbox thread (issue #10: "the booking shows in the
/// conversation thread"). A view component so the inbox page needs one line to show them.
/// </summary>
public sealed class ConversationMeetingsViewComponent(MeetingQueries meetings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string conversationId) =>
        View("/Areas/Admin/Pages/Meetings/_ConversationMeetings.cshtml", await meetings.ForConversationAsync(conversationId, HttpContext.RequestAborted));
}
