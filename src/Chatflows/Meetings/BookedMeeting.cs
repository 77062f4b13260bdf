using Chatflows.Storage;

namespace Chatflows.Meetings;

/// <summary>A meeting just stored, with the one copy of its manage token the visitor's links carry.</summary>
public sealed record BookedMeeting(MeetingRecord Meeting, string Token);
