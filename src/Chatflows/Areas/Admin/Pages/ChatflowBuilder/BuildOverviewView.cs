using Chatflows.Analytics;
using Chatflows.Builder;

namespace Chatflows.Areas.Admin.Pages.ChatflowBuilder;

/// <summary>The overview graph (B5), the builder address its actions link to, and drop-off numbers.</summary>
/// <param name="DropOff">Drop-off per action (P4) when the user may see analytics.</param>
public sealed record BuildOverviewView(OverviewLayout Layout, string BuildUrl, OverviewDropOff? DropOff = null);
