namespace Chatflows.Flows;

public enum FlowChangeKind
{
    Added,
    Removed,
    Changed,
}
