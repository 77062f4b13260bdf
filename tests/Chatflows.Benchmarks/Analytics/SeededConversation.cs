namespace Chatflows.Benchmarks.Analytics;

/// <summary>
/// Conversation <c>i</c> of the seeded data, derived from <c>i</c> alone so that the conversations,
/// contacts and events tables can each be written in one streaming pass.
/// </summary>
internal readonly record struct SeededConversation(long Index, DateTime StartedUtc, string ChatflowId, int Path)
{
    public static readonly DateTime Origin = new(2025, 11, 26, 0, 0, 0, DateTimeKind.Utc);
    public static readonly string[] Actions = ["ask-email", "ask-topic", "ticket", "handoff", "meeting"];

    public static SeededConversation At(long index, long total)
    {
        // Spread evenly over the 365 days before the benchmark's "today" (2026-11-25), in time order.
        var started = Origin.AddTicks((long)(TimeSpan.FromDays(365).Ticks * ((double)index / total)));
        var bucket = (int)(index % 10);
        var chatflow = bucket < 6 ? "main" : bucket < 9 ? "support" : "sales";
        var path = (int)((index * 7919) % 100);
        return new SeededConversation(index, started, chatflow, path);
    }

    public string Id => $"c{Index:D21}";

    /// <summary>Three in four visitors answer the first question, and so become contacts.</summary>
    public bool HasContact => Path >= 25;

    public long ContactId => Index + 1;

    public string Status => Path switch { < 45 => "waitingForVisitor", < 75 => "ended", < 90 => "handedOff", _ => "ended" };

    /// <summary>(kind, action, detail, seconds after the start) in the order the engine writes them.</summary>
    public IEnumerable<(string Kind, string? ActionId, string? Detail, int Seconds)> Events()
    {
        yield return ("started", null, null, 0);
        yield return ("actionReached", "ask-email", null, 0);
        if (Path < 25)
        {
            yield break;
        }

        yield return ("actionCompleted", "ask-email", "Answered", 30);
        yield return ("actionReached", "ask-topic", null, 30);
        if (Path < 45)
        {
            yield break;
        }

        var (action, kind, end) = Path switch
        {
            < 75 => ("ticket", "ticketCreated", "completed"),
            < 90 => ("handoff", (string?)null, "handedOff"),
            _ => ("meeting", "meetingBooked", "completed"),
        };
        yield return ("actionCompleted", "ask-topic", "Answered", 60);
        yield return ("actionReached", action, null, 60);
        if (kind is not null)
        {
            yield return (kind, action, $"REF-{Index}", 60);
        }

        yield return ("actionCompleted", action, "Done", 60);
        yield return (end, end == "handedOff" ? action : null, null, 60);
        if (end == "completed" && Index % 10 == 0)
        {
            yield return ("surveyRated", null, ((Index / 10 % 5) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 90);
        }
    }
}
