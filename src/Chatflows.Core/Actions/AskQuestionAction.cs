using System.Text.RegularExpressions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Actions;

/// <summary>
/// Asks the visitor something (B2) with quick replies and/or free text, checks the answer's format,
/// re-asks on an invalid answer, and saves it to a variable, a contact or a company property.
/// Branches on "the answer" decide where to go (B3).
/// </summary>
public sealed class AskQuestionAction : BotAction<AskQuestionSettings>
{
    public override string Name => "askQuestion";

    public override string Category => "Messages";

    public override IReadOnlyList<string> Outcomes { get; } = ["Answered"];

    public override bool WaitsForVisitor => true;

    protected override IEnumerable<FieldError> Validate(AskQuestionSettings settings, ActionValidationContext context)
    {
        if (settings.QuickReplies.Count == 0 && !settings.AllowFreeText)
        {
            yield return new("quickReplies", ValidationTexts.QuestionCannotBeAnswered());
        }

        if (settings.QuickReplies.Any(q => string.IsNullOrWhiteSpace(q.Label)))
        {
            yield return new("quickReplies", ValidationTexts.QuestionReplyLabel());
        }

        if (settings.Format == AnswerFormat.Pattern && !IsValidPattern(settings.Pattern))
        {
            yield return new("pattern", ValidationTexts.QuestionPattern());
        }

        if (settings.Min > settings.Max)
        {
            yield return new("min", ValidationTexts.QuestionMinMax());
        }

        foreach (var (field, name) in new[] { ("saveAs", settings.SaveAs), ("contactProperty", settings.ContactProperty), ("companyProperty", settings.CompanyProperty) })
        {
            if (name is not null && !PropertyName.IsValid(name))
            {
                yield return new(field, ValidationTexts.PropertyName());
            }
        }

        foreach (var error in context.CheckText("text", settings.Text).Concat(context.CheckText("invalidMessage", settings.InvalidMessage)))
        {
            yield return error;
        }
    }

    protected override ValueTask<ActionResult> ExecuteAsync(ActionContext context, AskQuestionSettings settings, CancellationToken cancellationToken)
    {
        if (!context.IsResuming)
        {
            context.Say(settings.Text, BotReplyKind.Question, settings.QuickReplies, InputHint(settings));
            return WaitForVisitor();
        }

        var answer = Match(context.Input!, settings.QuickReplies);
        var problem = context.Texts.ChooseAnOption;
        if (answer is null && settings.AllowFreeText)
        {
            answer = AnswerParser.Parse(context.Input!, settings, context.Texts, out problem);
        }

        if (answer is null)
        {
            // An empty answer breaks no format rule, so there is nothing to explain: ask the question again.
            context.Say(settings.InvalidMessage ?? (problem.Length > 0 ? problem : settings.Text), BotReplyKind.Invalid, settings.QuickReplies, InputHint(settings));
            return WaitForVisitor();
        }

        context.SetAnswer(answer);
        context.SetVariable(settings.SaveAs ?? context.Action.Id, answer);
        if (settings.ContactProperty is { } contactProperty)
        {
            context.SetContactProperty(contactProperty, answer);
        }

        if (settings.CompanyProperty is { } companyProperty)
        {
            context.SetCompanyProperty(companyProperty, answer);
        }

        return Outcome("Answered");
    }

    private static string? Match(string input, IReadOnlyList<QuickReply> quickReplies)
    {
        var text = input.Trim();
        var match = quickReplies.FirstOrDefault(q =>
            string.Equals(q.EffectiveValue, text, StringComparison.OrdinalIgnoreCase) || string.Equals(q.Label, text, StringComparison.OrdinalIgnoreCase));
        return match?.EffectiveValue;
    }

    private static string? InputHint(AskQuestionSettings settings) =>
        settings.Format is AnswerFormat.Text or AnswerFormat.Pattern ? null : settings.Format.ToString().ToLowerInvariant();

    private static bool IsValidPattern(string? pattern)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return false;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, AnswerParser.PatternTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
