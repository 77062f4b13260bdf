namespace Chatflows.Core.Flows;

/// <summary>Where a chatflow's conversations go (C1).</summary>
public enum FlowBinding
{
    /// <summary>The conversations inbox: sales and general questions.</summary>
    Inbox,

    /// <summary>The helpdesk: support; offers only the support-minded templates (C2).</summary>
    Helpdesk,
}
