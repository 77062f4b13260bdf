using Chatflows.Inbox;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Recipes.Steps;

/// <summary>
/// <c>{"name": "teams", "teams": [{"id", "name", "members": ["e-mail", …]?}]}</c>: creates each team, or
/// renames the one with that id; members (users by e-mail, created by an earlier <c>users</c> step) replace the old ones.
/// </summary>
public sealed class TeamsStep(TeamDirectory teams, UserManager<ChatflowsUser> users) : IRecipeStep
{
    public string Name => "teams";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var data = context.Read<TeamsStepData>();
        if (data.Teams is null)
        {
            throw context.Fail("teams", "List the teams as an array.");
        }

        for (var i = 0; i < data.Teams.Count; i++)
        {
            var team = data.Teams[i];
            List<string>? memberIds = null;
            if (team.Members is not null)
            {
                memberIds = [];
                for (var j = 0; j < team.Members.Count; j++)
                {
                    var user = await users.FindByEmailAsync(team.Members[j]);
                    memberIds.Add(user?.Id ?? throw context.Fail($"teams[{i}].members[{j}]", $"There is no user '{team.Members[j]}'; add them in a users step first."));
                }
            }

            var errors = await teams.SaveAsync(team.Id ?? "", team.Name ?? "", memberIds, onlyCreate: false, cancellationToken);
            context.ThrowIfAny(errors, $"teams[{i}]");
        }
    }

    private sealed record TeamsStepData(IReadOnlyList<TeamData>? Teams);

    private sealed record TeamData(string? Id, string? Name, IReadOnlyList<string>? Members);
}
