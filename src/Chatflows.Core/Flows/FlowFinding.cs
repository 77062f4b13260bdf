using System.Text.Json.Serialization;
using Chatflows.Core.Text;

namespace Chatflows.Core.Flows;

/// <summary>One thing the builder shows about a flow (B4): where, how bad, and what to do, in an editor's words.</summary>
/// <param name="ActionId">The action concerned; null for the flow itself.</param>
/// <param name="Code">Stable kind, e.g. <c>action.unreachable</c>, for the builder to offer a fix.</param>
/// <param name="Message">The message in English: what is stored and compared.</param>
/// <param name="Field">The setting concerned, e.g. <c>text</c>, when there is one.</param>
public sealed record FlowFinding(string? ActionId, FindingSeverity Severity, string Code, string Message, string? Field = null)
{
    /// <summary>A finding whose words come from the texts files, so the admin can show it in the editor's language.</summary>
    public FlowFinding(string? actionId, FindingSeverity severity, string code, TextMessage text, string? field = null)
        : this(actionId, severity, code, text.English, field) => Text = text;

    /// <summary>The message by key, when it has one; null for a message written in code (e.g. a plug-in's).</summary>
    [JsonIgnore]
    public TextMessage? Text { get; init; }

    /// <summary>The message in <paramref name="texts"/>' language, or <see cref="Message"/> when it has no key.</summary>
    public string MessageIn(LanguageTexts texts) => Text?.In(texts) ?? Message;
}
