using Chatflows.Storage;

namespace Chatflows.Meetings;

/// <summary>A meeting as shown to its visitor or an agent: with the host's name and address.</summary>
public sealed record MeetingWithHost(MeetingRecord Meeting, string HostName, string? HostEmail);
