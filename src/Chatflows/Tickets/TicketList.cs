namespace Chatflows.Tickets;

/// <summary>One pipeline's tickets under the filters, newest first, with a count per status.</summary>
/// <param name="Counts">Per status id, under every filter but the status one, so they say where to click next.</param>
/// <param name="Total">All tickets that match; <paramref name="Rows"/> holds at most <see cref="TicketQueries.PageSize"/>.</param>
public sealed record TicketList(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<TicketRow> Rows, int Total);
