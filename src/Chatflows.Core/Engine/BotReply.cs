using System.Text.Json.Nodes;
using Chatflows.Core.Flows;

namespace Chatflows.Core.Engine;

/// <summary>
/// One bot message. <see cref="Text"/> is plain text, never HTML: every surface that shows it encodes
/// it (the widget sets textContent, Razor encodes), so a contact named &lt;script&gt; stays text.
/// </summary>
public sealed record BotReply
{
    public BotReplyKind Kind { get; init; } = BotReplyKind.Text;

    public string Text { get; init; } = "";

    /// <summary>Buttons offered with the message.</summary>
    public IReadOnlyList<QuickReply> QuickReplies { get; init; } = [];

    /// <summary>For a question: what kind of answer the input should offer (email, phone, number, date).</summary>
    public string? InputHint { get; init; }

    /// <summary>Extra structured content: article cards, meeting slots.</summary>
    public JsonObject? Payload { get; init; }

    /// <summary>How long the widget shows "typing…" before this message (O1).</summary>
    public int DelayMs { get; init; }

    /// <summary>The action that said it; null for the welcome message and engine messages.</summary>
    public string? ActionId { get; init; }
}
