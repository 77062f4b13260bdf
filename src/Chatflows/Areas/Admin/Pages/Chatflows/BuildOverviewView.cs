using Chatflows.Builder;

namespace Chatflows.Areas.Admin.Pages.ChatflowBuilder;

/// <summary>The overview graph (B5) and the builder address its actions link to.</summary>
public sealed record BuildOverviewView(OverviewLayout Layout, string BuildUrl);
