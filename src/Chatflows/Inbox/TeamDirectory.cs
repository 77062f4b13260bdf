using System.Text.RegularExpressions;
using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Inbox;

/// <summary>Teams and their members: one place for the Teams pages and the <c>teams</c> recipe step.</summary>
public sealed partial class TeamDirectory(ChatflowsDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<TeamSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var members = await (
            from m in db.TeamMembers
            join u in db.Users on m.UserId equals u.Id
            select new { m.TeamId, m.UserId, u.DisplayName }).ToListAsync(cancellationToken);
        return [.. teams.Select(t => new TeamSummary(t.Id, t.Name,
            [.. members.Where(m => m.TeamId == t.Id).OrderBy(m => m.DisplayName, StringComparer.CurrentCulture).Select(m => new TeamSummaryMember(m.UserId, m.DisplayName))]))];
    }

    public async Task<TeamSummary?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(t => t.Id == id);

    /// <summary>Creates the team, or renames the one with that id (idempotent for recipes); members are replaced when given.</summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(string id, string name, IReadOnlyList<string>? memberIds, bool onlyCreate, CancellationToken cancellationToken)
    {
        name = name.Trim();
        List<FieldError> errors = [];
        if (!Slug().IsMatch(id))
        {
            errors.Add(new FieldError("id", ValidationTexts.TeamsId()));
        }

        if (name.Length is 0 or > 100)
        {
            errors.Add(new FieldError("name", ValidationTexts.TeamsName()));
        }
        else if (await db.Teams.AnyAsync(t => t.Name == name && t.Id != id, cancellationToken))
        {
            errors.Add(new FieldError("name", ValidationTexts.TeamsNameTaken()));
        }

        var known = memberIds is null ? [] : await db.Users.Where(u => memberIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        if (memberIds is not null && known.Count != memberIds.Distinct().Count())
        {
            errors.Add(new FieldError("members", ValidationTexts.TeamsMembers()));
        }

        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is not null && onlyCreate)
        {
            errors.Add(new FieldError("id", ValidationTexts.TeamsIdTaken()));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        if (team is null)
        {
            team = new TeamRecord { Id = id, CreatedUtc = time.GetUtcNow().UtcDateTime };
            db.Teams.Add(team);
        }

        team.Name = name;
        if (memberIds is not null)
        {
            db.TeamMembers.RemoveRange(await db.TeamMembers.Where(m => m.TeamId == id).ToListAsync(cancellationToken));
            db.TeamMembers.AddRange(known.Select(userId => new TeamMemberRecord { TeamId = id, UserId = userId }));
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>
    /// Deletes the team and its memberships; conversations waiting on it go back to the whole inbox, so no
    /// visitor waits on a team that is gone. False when there is no such team.
    /// </summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Teams.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } team)
        {
            return false;
        }

        db.TeamMembers.RemoveRange(await db.TeamMembers.Where(m => m.TeamId == id).ToListAsync(cancellationToken));
        db.Teams.Remove(team);
        await db.Conversations.Where(c => c.AssignedTeamId == id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AssignedTeamId, (string?)null), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>A slug for a new team's id, from its name.</summary>
    public static string SlugFor(string name)
    {
        var slug = NotSlug().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 64 ? slug[..64].TrimEnd('-') : slug;
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$")]
    private static partial Regex Slug();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
