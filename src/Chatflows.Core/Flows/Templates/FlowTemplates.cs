using Chatflows.Core.Text;

namespace Chatflows.Core.Flows.Templates;

/// <summary>
/// The six chatflow templates (C2): a complete, valid flow per template in any language there are template
/// texts for, ready to publish as is or to edit. The flows are code, so that they always match the current
/// action catalogue (the tests run every branch of every template); their words are data, the
/// <c>template.{key}</c> sections of the texts files (STYLE 31), so a site adds a language with a file.
/// </summary>
public sealed class FlowTemplates
{
    private const string SectionPrefix = "template.";

    private readonly Dictionary<string, ITemplateBuilder> _builders;
    private readonly TextCatalog _texts;

    /// <summary>The templates in the shipped languages only, for code that runs without the module's services.</summary>
    public FlowTemplates()
        : this(TextCatalog.BuiltIn)
    {
    }

    /// <summary>The templates in every language of <paramref name="texts"/> that has template texts.</summary>
    public FlowTemplates(TextCatalog texts)
    {
        _texts = texts;
        ITemplateBuilder[] builders =
        [
            new ConciergeTemplate(), new QualifyLeadsTemplate(), new MeetingsTemplate(),
            new TicketsTemplate(), new KnowledgeBaseSupportTemplate(), new OfflineTemplate(),
        ];
        _builders = builders.ToDictionary(b => b.Template.Key, StringComparer.Ordinal);
        All = [.. builders.Select(b => b.Template)];
    }

    /// <summary>The languages whose own texts file has template texts, so a new chatflow in them starts in its own words.</summary>
    public IReadOnlyList<string> Languages => _texts.LanguagesWith(SectionPrefix);

    /// <summary>Every template, in the order the dialog shows them.</summary>
    public IReadOnlyList<FlowTemplate> All { get; }

    /// <summary>The templates a chatflow with <paramref name="binding"/> may start from (C2).</summary>
    public IReadOnlyList<FlowTemplate> For(FlowBinding binding) => [.. All.Where(t => t.Allows(binding))];

    /// <summary>A new draft flow from the template <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">There is no such template, or it is not offered for the binding.</exception>
    public Chatflow Create(string key, TemplateParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!_builders.TryGetValue(key, out var builder))
        {
            throw new ArgumentException($"There is no chatflow template '{key}'. Choose one of: {string.Join(", ", _builders.Keys)}.", nameof(key));
        }

        if (!builder.Template.Allows(parameters.Binding))
        {
            var allowed = string.Join(", ", For(parameters.Binding).Select(t => t.Key));
            throw new ArgumentException(
                $"The '{key}' template is not offered for a chatflow bound to the {parameters.Binding}. Choose one of: {allowed}.", nameof(key));
        }

        var flow = builder.Build(parameters, new TemplateTexts(_texts.For(parameters.Language), key));
        return flow with
        {
            Id = parameters.Id,
            Name = parameters.Name,
            Binding = parameters.Binding,
            Language = parameters.Language,
            Template = key,
            Tickets = new TicketSettings(parameters.TicketPipeline, parameters.TicketStatus),

            // Kept even by templates that do not search, so switching search on later (C3) uses the chosen one.
            KnowledgeBase = flow.KnowledgeBase with { KnowledgeBaseId = parameters.KnowledgeBaseId },
        };
    }
}
