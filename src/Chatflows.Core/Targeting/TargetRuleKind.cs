namespace Chatflows.Core.Targeting;

/// <summary>What a <see cref="TargetRule"/> looks at. Stored by name in chatflow documents, so members are never renamed.</summary>
public enum TargetRuleKind
{
    /// <summary>The page address (T1): its path when the value starts with "/", otherwise the full URL without fragment.</summary>
    WebsiteUrl,

    /// <summary>One query-string parameter of the page, named by <see cref="TargetRule.Name"/> (T2), e.g. <c>utm_campaign</c>.</summary>
    QueryParameter,

    /// <summary>Whether the visitor is a known contact (T4).</summary>
    Visitor,

    /// <summary>One property of the visitor's contact record, named by <see cref="TargetRule.Name"/> (T4).</summary>
    ContactProperty,

    /// <summary>Desktop or mobile (T3: "never on mobile").</summary>
    Device,
}
