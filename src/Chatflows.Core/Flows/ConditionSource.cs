namespace Chatflows.Core.Flows;

/// <summary>What a branch condition looks at (B3).</summary>
public enum ConditionSource
{
    /// <summary>The visitor's answer to this action (a question), or the last answer given.</summary>
    Answer,

    /// <summary>A contact property, named by <see cref="Condition.Property"/>.</summary>
    ContactProperty,

    /// <summary>A conversation variable, named by <see cref="Condition.Property"/>.</summary>
    Variable,

    /// <summary>The team's availability now: available, away, offline or atCapacity.</summary>
    Availability,

    /// <summary>The named outcome the action ended with, e.g. <c>NotFound</c>.</summary>
    Outcome,
}
