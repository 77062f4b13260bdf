using System.Globalization;
using System.Text.RegularExpressions;
using Chatflows.Core.Flows;
using Chatflows.Core.Text;
using NodaTime;
using NodaTime.Text;

namespace Chatflows.Core.Actions;

/// <summary>Checks a free-text answer against its format and normalises it (lower-case e-mail, ISO date, digits-only phone).</summary>
internal static partial class AnswerParser
{
    /// <summary>Custom patterns are editor input: a pathological one must not stall a turn.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.CreateWithInvariantCulture("d-M-uuuu"),
        LocalDatePattern.CreateWithInvariantCulture("d/M/uuuu"),
        LocalDatePattern.CreateWithInvariantCulture("d.M.uuuu"),
    ];

    /// <summary>The normalised answer, or null with the re-ask text in <paramref name="problem"/>.</summary>
    public static string? Parse(string input, AskQuestionSettings settings, BuiltInTexts texts, out string problem)
    {
        problem = "";
        var text = input.Trim();
        switch (settings.Format)
        {
            case AnswerFormat.Email when !Email().IsMatch(text):
                problem = texts.InvalidEmail;
                return null;
            case AnswerFormat.Email:
                return text.ToLowerInvariant();
            case AnswerFormat.Phone:
                var digits = PhoneNoise().Replace(text, "");
                if (!Phone().IsMatch(digits))
                {
                    problem = texts.InvalidPhone;
                    return null;
                }

                return digits;
            case AnswerFormat.Number:
                if (!Condition.TryNumber(text, out var number))
                {
                    problem = texts.InvalidNumber;
                    return null;
                }

                if (number < settings.Min || number > settings.Max)
                {
                    // With one bound set, name only that one: "from 18 to 79228162514264337593543950335" helps nobody.
                    problem = settings.Min is { } min && settings.Max is { } max
                        ? string.Format(CultureInfo.InvariantCulture, texts.NumberOutOfRange, min, max)
                        : string.Format(CultureInfo.InvariantCulture, number < settings.Min ? texts.NumberTooSmall : texts.NumberTooLarge, settings.Min ?? settings.Max);
                    return null;
                }

                return number.ToString(CultureInfo.InvariantCulture);
            case AnswerFormat.Date:
                foreach (var pattern in DatePatterns)
                {
                    if (pattern.Parse(text) is { Success: true } date)
                    {
                        return LocalDatePattern.Iso.Format(date.Value);
                    }
                }

                problem = texts.InvalidDate;
                return null;
            case AnswerFormat.Pattern:
                try
                {
                    if (Regex.IsMatch(text, settings.Pattern ?? "", RegexOptions.None, PatternTimeout))
                    {
                        return text;
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                }

                problem = texts.InvalidFormat;
                return null;
            default:
                return text.Length == 0 ? null : text;
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"[\s\-().]")]
    private static partial Regex PhoneNoise();

    [GeneratedRegex(@"^\+?[0-9]{6,15}$")]
    private static partial Regex Phone();
}
