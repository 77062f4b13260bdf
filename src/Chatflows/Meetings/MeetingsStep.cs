using Chatflows.Core.Availability;
using Chatflows.Recipes;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Meetings;

/// <summary>
/// <c>{"name": "meetings", "hosts": [{"user": e-mail, "timeZone", "hours": {"days", "holidays"}, "meetingTypes": [{"slug", "name", "durationMinutes", ...}]}]}</c>:
/// sets each host's meeting hours and creates or updates their meeting types by slug.
/// </summary>
public sealed class MeetingsStep(MeetingAdministration meetings, UserManager<ChatflowsUser> users) : IRecipeStep
{
    public string Name => "meetings";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var data = context.Read<MeetingsStepData>();
        if (data.Hosts is null)
        {
            throw context.Fail("hosts", "List the hosts as an array.");
        }

        for (var i = 0; i < data.Hosts.Count; i++)
        {
            var host = data.Hosts[i];
            var user = await users.FindByEmailAsync(host.User ?? "")
                ?? throw context.Fail($"hosts[{i}].user", $"There is no user {host.User}; add them in a users step first.");
            if (host.Hours is not null || host.TimeZone is not null)
            {
                var errors = await meetings.SaveAvailabilityAsync(
                    user.Id, host.TimeZone ?? MeetingCalendar.DefaultTimeZone, host.Hours ?? new OfficeHours(), cancellationToken);
                context.ThrowIfAny(errors, $"hosts[{i}].hours");
            }

            var types = host.MeetingTypes ?? [];
            for (var j = 0; j < types.Count; j++)
            {
                context.ThrowIfAny(await meetings.SaveTypeAsync(user.Id, null, types[j], cancellationToken), $"hosts[{i}].meetingTypes[{j}]");
            }
        }
    }

    private sealed record MeetingsStepData(IReadOnlyList<HostData>? Hosts);

    private sealed record HostData(string? User, string? TimeZone, OfficeHours? Hours, IReadOnlyList<MeetingTypeInput>? MeetingTypes);
}
