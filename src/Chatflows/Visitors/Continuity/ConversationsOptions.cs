namespace Chatflows.Visitors.Continuity;

/// <summary>Bound from <c>Chatflows:Conversations</c>: when conversations nobody touches any more are closed (issue 16).</summary>
public sealed class ConversationsOptions
{
    /// <summary>
    /// A conversation handed to the team closes after this long without a message. Default 7 days. Bot-only
    /// conversations close after their chatflow's session timeout instead.
    /// </summary>
    public TimeSpan CloseAfterInactivity { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often each node looks for idle conversations. Default 5 minutes.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}
