using System.Globalization;

namespace Chatflows.Analytics;

/// <summary>
/// Drop-off per action for the builder's overview graph (P4): the date filter in force (or its errors)
/// and each action's numbers by id. Actions the draft has but the published flow never reached have none.
/// </summary>
public sealed record OverviewDropOff(AnalyticsRequest Filter, IReadOnlyDictionary<string, ActionDropOff> Actions)
{
    public ActionDropOff? For(string actionId) => Actions.GetValueOrDefault(actionId);

    /// <summary>The line under an action, e.g. "1,205 reached · 310 left (26%)"; invariant, like the rest of the admin.</summary>
    public string Line(string actionId) => For(actionId) is { } a && (a.Reached != 0 || a.Left != 0)
        ? string.Create(CultureInfo.InvariantCulture, $"{a.Reached:N0} reached · {a.Left:N0} left ({a.LeftShare * 100:0}%)")
        : "0 reached";
}
