namespace Chatflows.Tickets;

/// <summary>The priorities an agent can give a ticket, lowest first; new tickets are normal.</summary>
public static class TicketPriorities
{
    public const string Low = "low";
    public const string Normal = "normal";
    public const string High = "high";
    public const string Urgent = "urgent";

    public static IReadOnlyList<string> All { get; } = [Low, Normal, High, Urgent];

    public static string Label(string priority) => priority switch
    {
        Low => "Low",
        Normal => "Normal",
        High => "High",
        Urgent => "Urgent",
        _ => priority,
    };
}
