namespace Chatflows.Core.Flows.Templates;

/// <summary>
/// A starting point the "new chatflow" dialog offers (C2). The key is stored on the flow
/// (<see cref="Chatflow.Template"/>) and may be counted in analytics, so it never changes; the name and
/// description editors read are the <c>title</c> and <c>description</c> of its texts section (<see cref="TemplateTexts"/>).
/// </summary>
/// <param name="Key">Stable key, e.g. <c>concierge</c>.</param>
/// <param name="Bindings">
/// The bindings the template suits. A helpdesk has no sales conversations, so it offers only the
/// support-minded templates (C2).
/// </param>
public sealed record FlowTemplate(string Key, IReadOnlyList<FlowBinding> Bindings)
{
    /// <summary>Whether a chatflow with <paramref name="binding"/> may start from this template.</summary>
    public bool Allows(FlowBinding binding) => Bindings.Contains(binding);
}
