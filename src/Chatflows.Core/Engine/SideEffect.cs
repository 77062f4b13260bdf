using System.Text.Json.Serialization;
using NodaTime;

namespace Chatflows.Core.Engine;

/// <summary>
/// Something a turn asks the module to store, in the same transaction as the turn's messages. The
/// engine never writes anything itself; that keeps a turn pure, testable and cheap.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SetContactProperty), "setContactProperty")]
[JsonDerivedType(typeof(SetCompanyProperty), "setCompanyProperty")]
[JsonDerivedType(typeof(CreateTicket), "createTicket")]
[JsonDerivedType(typeof(HandOff), "handOff")]
[JsonDerivedType(typeof(BookMeeting), "bookMeeting")]
public abstract record SideEffect;

/// <summary>Store a contact property (e.g. <c>email</c>) for the conversation's contact.</summary>
public sealed record SetContactProperty(string Property, string Value) : SideEffect;

/// <summary>Store a property of the contact's company.</summary>
public sealed record SetCompanyProperty(string Property, string Value) : SideEffect;

/// <summary>Create a ticket linked to the conversation and its contact (C4, P3).</summary>
public sealed record CreateTicket(string Reference, string Pipeline, string Status, string Subject, string Description) : SideEffect;

/// <summary>Route the conversation to a person: a specific agent, or the team (round robin).</summary>
public sealed record HandOff(string? UserId, string? TeamId) : SideEffect;

/// <summary>
/// Book a meeting (B2): a time the scheduler found free when the turn ran. The module claims it in the turn's
/// transaction; when someone took the time since, nothing of the turn is stored and the turn runs again, so the
/// visitor hears that the time is gone (the action's slot-taken answer) instead of a confirmation.
/// </summary>
/// <param name="Reference">The meeting's reference, quoted in the confirmation before it is stored.</param>
/// <param name="HostUserId">The host the time was found free for (for a team, the member round robin chose).</param>
/// <param name="MeetingTypeId">The host's meeting type, by id.</param>
/// <param name="Token">The visitor's manage token: only its hash is stored; the invitation link carries it.</param>
/// <param name="WithName">The host's name as the confirmation shows it.</param>
/// <param name="InvitationUrl">Where the visitor gets the calendar invitation.</param>
public sealed record BookMeeting(
    string Reference, string HostUserId, string MeetingTypeId, Instant Start, Instant End, string VisitorName, string VisitorEmail,
    string? VisitorTimeZone, string Token, string WithName, string InvitationUrl) : SideEffect;
