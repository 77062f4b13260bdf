namespace Chatflows.Inbox;

/// <summary>A message of a transcript as staff read it: who wrote it, in words, and the author kind the page styles by.</summary>
/// <param name="Kind">The author kind in lower case (visitor, bot, agent, system, note), for the line's class.</param>
public sealed record TranscriptLine(long Seq, string Kind, string Who, DateTime CreatedUtc, string Text);
