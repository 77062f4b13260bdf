using System.ComponentModel.DataAnnotations;
using Chatflows.Core.Flows;
using Chatflows.Core.References;
using Chatflows.Core.Translations;

namespace Chatflows.Core.Actions;

/// <summary>Settings of <see cref="AskQuestionAction"/>.</summary>
public sealed record AskQuestionSettings
{
    /// <summary>The question; Liquid.</summary>
    [Required, MaxLength(2000), VisitorText]
    public string Text { get; init; } = "";

    /// <summary>Buttons the visitor may press.</summary>
    public IReadOnlyList<QuickReply> QuickReplies { get; init; } = [];

    /// <summary>Whether the visitor may type an answer too. Default true.</summary>
    public bool AllowFreeText { get; init; } = true;

    /// <summary>What a typed answer must look like. Default any text.</summary>
    public AnswerFormat Format { get; init; } = AnswerFormat.Text;

    /// <summary>Regular expression for <see cref="AnswerFormat.Pattern"/>.</summary>
    [MaxLength(500)]
    public string? Pattern { get; init; }

    /// <summary>Smallest and largest number accepted for <see cref="AnswerFormat.Number"/>.</summary>
    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary>Said when the answer is not valid; a built-in text in the flow's language when empty.</summary>
    [MaxLength(1000), VisitorText]
    public string? InvalidMessage { get; init; }

    /// <summary>Variable that keeps the answer (<c>{{ vars.name }}</c>); the action id when empty.</summary>
    public string? SaveAs { get; init; }

    /// <summary>Contact property that keeps the answer, e.g. <c>email</c>.</summary>
    [Reference(ReferenceKind.ContactProperty)]
    public string? ContactProperty { get; init; }

    /// <summary>Company property that keeps the answer, e.g. <c>employees</c>.</summary>
    public string? CompanyProperty { get; init; }
}
