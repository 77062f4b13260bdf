namespace Chatflows.SampleData;

/// <summary>One scripted sample conversation: when it starts, the road it takes and the words it uses.</summary>
public sealed record SampleVisit(
    DateTimeOffset StartsAt, SamplePath Path, string Email, string Search, string Question, string AgentReply, int? Rating, string? Comment);
