namespace Chatflows.Core.Flows.Templates;

/// <summary>One template: what the dialog shows, and the flow it starts.</summary>
internal interface ITemplateBuilder
{
    FlowTemplate Template { get; }

    /// <summary>
    /// The template's welcome message, actions and knowledge-base switch. <see cref="FlowTemplates"/>
    /// sets what every template shares (id, name, binding, language, tickets), so no template can forget it.
    /// </summary>
    /// <param name="texts">The template's words in the flow's language.</param>
    Chatflow Build(TemplateParameters parameters, TemplateTexts texts);
}
