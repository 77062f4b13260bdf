namespace Chatflows.Core.Flows.Templates;

/// <summary>
/// A starting point the "new chatflow" dialog offers (C2). The key is stored on the flow
/// (<see cref="Chatflow.Template"/>) and may be counted in analytics, so it never changes; name and
/// description are only what editors read.
/// </summary>
/// <param name="Key">Stable key, e.g. <c>concierge</c>.</param>
/// <param name="Bindings">
/// The bindings the template suits. A helpdesk has no sales conversations, so it offers only the
/// support-minded templates (C2).
/// </param>
public sealed record FlowTemplate(string Key, string Name, string Description, IReadOnlyList<FlowBinding> Bindings)
{
    /// <summary>Whether a chatflow with <paramref name="binding"/> may start from this template.</summary>
    public bool Allows(FlowBinding binding) => Bindings.Contains(binding);
}
