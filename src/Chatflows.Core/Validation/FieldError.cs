using System.Text.Json.Serialization;
using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

/// <summary>A problem with one field of something an editor or a recipe supplied.</summary>
/// <param name="Field">The field's path, e.g. <c>accentColor</c> or <c>users[2].email</c>.</param>
/// <param name="Message">What is wrong, in words an editor understands (English: what is stored and compared).</param>
public sealed record FieldError(string Field, string Message)
{
    /// <summary>A problem whose words come from the texts files, so the admin can show it in the editor's language.</summary>
    public FieldError(string field, TextMessage text)
        : this(field, text.English) => Text = text;

    /// <summary>The message by key, when it has one.</summary>
    [JsonIgnore]
    public TextMessage? Text { get; init; }

    /// <summary>The message in <paramref name="texts"/>' language, or <see cref="Message"/> when it has no key.</summary>
    public string MessageIn(LanguageTexts texts) => Text?.In(texts) ?? Message;
}
