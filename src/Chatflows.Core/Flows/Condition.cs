using System.Globalization;

namespace Chatflows.Core.Flows;

/// <summary>A test on the answer, a property, a variable, availability or the outcome (B3).</summary>
public sealed record Condition
{
    public ConditionSource Source { get; init; } = ConditionSource.Answer;

    /// <summary>The contact property or variable name, for those sources.</summary>
    public string? Property { get; init; }

    public ConditionOperator Operator { get; init; } = ConditionOperator.Equals;

    /// <summary>The value to compare with; for <see cref="ConditionOperator.IsOneOf"/> use <see cref="Values"/>.</summary>
    public string? Value { get; init; }

    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>Whether the condition holds for <paramref name="actual"/> (null when unknown).</summary>
    public bool Holds(string? actual)
    {
        var text = actual?.Trim() ?? "";
        var expected = Value?.Trim() ?? "";
        return Operator switch
        {
            ConditionOperator.Equals => string.Equals(text, expected, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.NotEquals => !string.Equals(text, expected, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.Contains => text.Contains(expected, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.DoesNotContain => !text.Contains(expected, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.IsOneOf => Values.Any(v => string.Equals(text, v.Trim(), StringComparison.OrdinalIgnoreCase)),
            ConditionOperator.IsEmpty => text.Length == 0,
            ConditionOperator.IsNotEmpty => text.Length > 0,
            _ => Compare(text, expected),
        };
    }

    /// <summary>True for operators that need <see cref="Value"/> to be a number.</summary>
    public bool IsNumeric => Operator is ConditionOperator.GreaterThan or ConditionOperator.GreaterThanOrEqual
        or ConditionOperator.LessThan or ConditionOperator.LessThanOrEqual;

    // A number comparison with something that is not a number is simply false: a visitor who types
    // "lots" to "how many employees?" must not match "greater than 50".
    private bool Compare(string text, string expected)
    {
        if (!TryNumber(text, out var left) || !TryNumber(expected, out var right))
        {
            return false;
        }

        return Operator switch
        {
            ConditionOperator.GreaterThan => left > right,
            ConditionOperator.GreaterThanOrEqual => left >= right,
            ConditionOperator.LessThan => left < right,
            _ => left <= right,
        };
    }

    /// <summary>Reads "1,5" and "1.5" alike: visitors write numbers the way their language does.</summary>
    public static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out number);
}
