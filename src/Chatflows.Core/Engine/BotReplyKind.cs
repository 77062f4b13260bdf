namespace Chatflows.Core.Engine;

public enum BotReplyKind
{
    /// <summary>A message.</summary>
    Text,

    /// <summary>A question that waits for the visitor.</summary>
    Question,

    /// <summary>Re-asking after an answer that did not pass validation.</summary>
    Invalid,

    /// <summary>Knowledge-base article cards in <see cref="BotReply.Payload"/>.</summary>
    Articles,

    /// <summary>Meeting slots in <see cref="BotReply.Payload"/>.</summary>
    MeetingSlots,

    /// <summary>The flow's error message (O3).</summary>
    Error,
}
