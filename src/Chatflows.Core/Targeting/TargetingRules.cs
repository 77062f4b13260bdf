namespace Chatflows.Core.Targeting;

/// <summary>
/// Where a chatflow appears (T1–T5). Groups are alternatives so an editor can say "the pricing page, or
/// any page a known contact visits" without writing boolean expressions; exclusions are a separate list
/// because "never here" must hold whatever the groups say (the privacy page, mobile).
/// </summary>
public sealed record TargetingRules
{
    /// <summary>
    /// The bot shows when any one group holds (OR); a group holds when all its rules hold (AND).
    /// No groups means every page, so a new chatflow shows everywhere until the editor narrows it.
    /// </summary>
    public IReadOnlyList<FilterGroup> Groups { get; init; } = [];

    /// <summary>Any exclusion that holds hides the bot on the page, whatever <see cref="Groups"/> say (T3).</summary>
    public IReadOnlyList<TargetRule> Exclusions { get; init; } = [];
}
