using Chatflows.Builder;
using Chatflows.Core.Flows;

namespace Chatflows.Areas.Admin.Pages.ChatflowBuilder;

/// <summary>The action card at <paramref name="Index"/> on the builder page, with the findings about it.</summary>
public sealed record BuildActionView(BuildModel Page, int Index, IReadOnlyList<FlowFinding> Findings)
{
    public ActionInput Action => Page.Input.Actions[Index];

    public string Prefix => $"A[{Index}]";

    public string IdPrefix => $"a{Index}";
}
