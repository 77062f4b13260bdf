namespace Chatflows.Core.Flows;

/// <summary>How a condition compares (B3). Text comparisons ignore case and surrounding spaces.</summary>
public enum ConditionOperator
{
    Equals,
    NotEquals,
    Contains,
    DoesNotContain,
    IsOneOf,
    IsEmpty,
    IsNotEmpty,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}
