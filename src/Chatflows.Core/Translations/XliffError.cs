using Chatflows.Core.Text;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Translations;

/// <summary>Why a line of an XLIFF file was refused; line 0 when the file as a whole is wrong.</summary>
/// <param name="Message">What is wrong, in English: what is stored and compared.</param>
public sealed record XliffError(int Line, string Message)
{
    /// <summary>An error whose words come from the texts files, so the admin can show it in the editor's language.</summary>
    public XliffError(int line, TextMessage text)
        : this(line, text.English) => Text = text;

    /// <summary>The message by key, when it has one.</summary>
    public TextMessage? Text { get; init; }

    /// <summary>The error with its line, in <paramref name="texts"/>' language.</summary>
    public string In(LanguageTexts texts)
    {
        var message = Text?.In(texts) ?? Message;
        return Line > 0 ? ValidationTexts.XliffLine(Line, message).In(texts) : message;
    }

    public override string ToString() => Line > 0 ? $"Line {Line}: {Message}" : Message;
}
