namespace Chatflows.Core.Engine;

public enum ActionResultKind
{
    /// <summary>Continue along the branch matching the outcome, else <c>next</c>.</summary>
    Outcome,

    /// <summary>Stop the turn; the next visitor message resumes this action.</summary>
    Wait,

    /// <summary>The conversation is over.</summary>
    End,

    /// <summary>A person takes over; the bot stays silent from now on.</summary>
    HandOff,
}
