namespace Chatflows.Core.Actions;

/// <summary>What a free-text answer must look like (B2).</summary>
public enum AnswerFormat
{
    /// <summary>Any text.</summary>
    Text,
    Email,
    Phone,
    Number,
    Date,

    /// <summary>Must match <see cref="AskQuestionSettings.Pattern"/>.</summary>
    Pattern,
}
