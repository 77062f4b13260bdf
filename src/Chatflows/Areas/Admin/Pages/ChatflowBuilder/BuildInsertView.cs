using Chatflows.Core.Engine;

namespace Chatflows.Areas.Admin.Pages.ChatflowBuilder;

/// <summary>The "+" menu at <paramref name="Position"/>: the catalogue's actions by category; <paramref name="After"/> is the action above, if any.</summary>
public sealed record BuildInsertView(int Position, string? After, IEnumerable<IGrouping<string, IBotAction>> Categories);
