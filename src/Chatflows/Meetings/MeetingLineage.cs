using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Meetings;

/// <summary>
/// Where a meeting came from: a move stores a new meeting that points at the one it replaced, yet a calendar must
/// see one event that moved. So every calendar file of the chain carries the first meeting's reference as its UID,
/// and the number of moves as its SEQUENCE, which a calendar needs to rise before it replaces the event it holds.
/// </summary>
public sealed record MeetingLineage(string FirstReference, int Moves)
{
    // A chain this long is not a visitor moving their meeting; it only bounds the walk.
    private const int MaxMoves = 100;

    public static async Task<MeetingLineage> OfAsync(ChatflowsDbContext db, MeetingRecord meeting, CancellationToken cancellationToken)
    {
        var reference = meeting.Reference;
        var moves = 0;
        for (var from = meeting.RescheduledFromId; from is { } id && moves < MaxMoves; moves++)
        {
            var earlier = await db.Meetings.AsNoTracking().Where(m => m.Id == id)
                .Select(m => new { m.Reference, m.RescheduledFromId }).SingleOrDefaultAsync(cancellationToken);
            if (earlier is null)
            {
                break;
            }

            reference = earlier.Reference;
            from = earlier.RescheduledFromId;
        }

        return new MeetingLineage(reference, moves);
    }
}
