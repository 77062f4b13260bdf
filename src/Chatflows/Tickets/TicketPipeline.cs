using System.Text.RegularExpressions;
using Chatflows.Core.Validation;

namespace Chatflows.Tickets;

/// <summary>A ticket pipeline (C4, P3): the statuses a ticket moves through, in order.</summary>
public sealed partial record TicketPipeline(string Id, string Name, IReadOnlyList<TicketStatus> Statuses)
{
    public const int MaxStatuses = 20;
    public const int MaxNameLength = 100;

    /// <summary>What a new site has until an editor or a recipe says otherwise.</summary>
    public static TicketPipeline Default { get; } = new("support", "Support pipeline",
    [
        new("new", "New"),
        new("waitingOnContact", "Waiting on contact"),
        new("waitingOnUs", "Waiting on us"),
        new("closed", "Closed"),
    ]);

    public TicketStatus? FindStatus(string? id) => Statuses.FirstOrDefault(s => s.Id == id);

    /// <summary>The status's name, or its id when the pipeline no longer has it (kept rather than hidden).</summary>
    public string StatusName(string id) => FindStatus(id)?.Name ?? id;

    public IReadOnlyList<FieldError> Validate()
    {
        List<FieldError> errors = [];
        if (!Slug().IsMatch(Id))
        {
            errors.Add(new("id", ValidationTexts.TicketsPipelineId()));
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > MaxNameLength)
        {
            errors.Add(new("name", ValidationTexts.TicketsPipelineName(MaxNameLength)));
        }

        if (Statuses.Count is 0 or > MaxStatuses)
        {
            errors.Add(new("statuses", $"A pipeline has 1 to {MaxStatuses} statuses."));
        }

        for (var i = 0; i < Statuses.Count; i++)
        {
            var status = Statuses[i];
            if (string.IsNullOrWhiteSpace(status.Name) || status.Name.Length > MaxNameLength)
            {
                errors.Add(new($"statuses[{i}].name", ValidationTexts.TicketsStatusName(MaxNameLength)));
            }

            if (!Slug().IsMatch(status.Id))
            {
                errors.Add(new($"statuses[{i}].id", ValidationTexts.TicketsStatusId()));
            }
            else if (Statuses.Take(i).Any(s => s.Id == status.Id))
            {
                errors.Add(new($"statuses[{i}].id", ValidationTexts.TicketsStatusTwice(status.Id)));
            }
        }

        return errors;
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex Slug();
}
