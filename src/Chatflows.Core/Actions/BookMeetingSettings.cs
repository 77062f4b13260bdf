using System.ComponentModel.DataAnnotations;
using Chatflows.Core.References;
using Chatflows.Core.Translations;

namespace Chatflows.Core.Actions;

/// <param name="UserId">Book with this person; or set <paramref name="TeamId"/> for round robin in a team.</param>
/// <param name="MaxSlots">How many free times to offer at once.</param>
public sealed record BookMeetingSettings(
    [property: Reference(ReferenceKind.User)] string? UserId = null,
    [property: Reference(ReferenceKind.Team)] string? TeamId = null,
    [property: Reference(ReferenceKind.MeetingType)] string? MeetingTypeId = null,
    [property: MaxLength(1000), VisitorText] string Intro = "Pick a time that suits you:",
    [property: MaxLength(1000), VisitorText] string NoSlotsMessage = "There are no free times to book right now.",
    [property: MaxLength(1000), VisitorText] string Confirmation = "You're booked with {{ vars.meeting_with }} on {{ vars.meeting_time }}. The invitation is on its way.",
    [property: Range(1, 12)] int MaxSlots = 6);
