using Chatflows.Recipes;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Tickets;

/// <summary>
/// <c>{"name": "tickets", "pipelines": [{"id", "name", "statuses": [{"id", "name"}]}], "assignment": {"enabled", "users": [e-mail…], "teams": [id…]}}</c>:
/// replaces each pipeline by id and the assignment rule (W4). Users are named by e-mail, so a recipe
/// can refer to the users an earlier step created.
/// </summary>
public sealed class TicketsStep(TicketPipelines pipelines, TicketAssignmentStore assignment, ChatflowsDbContext db) : IRecipeStep
{
    public string Name => "tickets";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var data = context.Read<TicketsStepData>();
        for (var i = 0; i < (data.Pipelines?.Count ?? 0); i++)
        {
            var pipeline = data.Pipelines![i];
            var statuses = (pipeline.Statuses ?? []).Select(s => new TicketStatus(s.Id ?? "", s.Name ?? "")).ToList();
            var errors = await pipelines.SaveAsync(new TicketPipeline(pipeline.Id ?? "", pipeline.Name ?? "", statuses), cancellationToken);
            context.ThrowIfAny(errors, $"pipelines[{i}]");
        }

        if (data.Assignment is { } rule)
        {
            List<string> userIds = [];
            for (var i = 0; i < (rule.Users?.Count ?? 0); i++)
            {
                var email = rule.Users![i].ToUpperInvariant();
                var id = await db.Users.Where(u => u.NormalizedEmail == email).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken)
                    ?? throw context.Fail($"assignment.users[{i}]", $"There is no user with the e-mail '{rule.Users[i]}'.");
                userIds.Add(id);
            }

            var errors = await assignment.SaveAsync(
                new TicketAssignment { Enabled = rule.Enabled ?? true, UserIds = userIds, TeamIds = rule.Teams ?? [] }, cancellationToken);
            context.ThrowIfAny(errors, "assignment");
        }
    }

    private sealed record TicketsStepData(IReadOnlyList<PipelineData>? Pipelines, AssignmentData? Assignment);

    private sealed record PipelineData(string? Id, string? Name, IReadOnlyList<StatusData>? Statuses);

    private sealed record StatusData(string? Id, string? Name);

    private sealed record AssignmentData(bool? Enabled, IReadOnlyList<string>? Users, IReadOnlyList<string>? Teams);
}
