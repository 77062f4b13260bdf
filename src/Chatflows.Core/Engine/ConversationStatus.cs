namespace Chatflows.Core.Engine;

/// <summary>Where a conversation stands after a turn.</summary>
public enum ConversationStatus
{
    /// <summary>The bot is talking; no question is open.</summary>
    Active,

    /// <summary>The bot asked something and waits for the visitor.</summary>
    WaitingForVisitor,

    /// <summary>A person took over (hand-off); the bot stays silent.</summary>
    HandedOff,

    /// <summary>The flow reached its end or an end-conversation action; no restart on timeout (O2).</summary>
    Ended,
}
