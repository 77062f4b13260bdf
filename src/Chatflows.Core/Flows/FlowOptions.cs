namespace Chatflows.Core.Flows;

/// <summary>Per-chatflow options (O1–O3).</summary>
public sealed record FlowOptions
{
    /// <summary>
    /// The longest typing pause, in milliseconds: the one range the validator, the admin's field and every turn
    /// use, so what an editor saves is what a visitor waits. Longer reads as a stuck bot.
    /// </summary>
    public const int MaxTypingDelayMs = 5_000;

    /// <summary>Pause shown as "typing…" before each bot message, in milliseconds (O1), 0 to <see cref="MaxTypingDelayMs"/>. Default 800.</summary>
    public int TypingDelayMs { get; init; } = 800;

    /// <summary>After this many minutes without an answer, the next message restarts the flow (O2). Default 30.</summary>
    public int SessionTimeoutMinutes { get; init; } = 30;

    /// <summary>Shown when something goes wrong (O3).</summary>
    public string ErrorMessage { get; init; } = "Sorry, something went wrong on our side. Please try again in a moment.";

    /// <summary>Contacts this chatflow creates are marketing contacts (O8). Default false.</summary>
    public bool MarketingContacts { get; init; }

    /// <summary>Most bot messages one visitor turn may produce before the bot stops with the error message. Default 25.</summary>
    public int MaxRepliesPerTurn { get; init; } = 25;
}
