namespace Chatflows.Core.Targeting;

/// <summary>
/// How a <see cref="TargetRule"/> compares. Text comparisons ignore case: editors type URLs and
/// campaign names by hand. <see cref="TargetRule.OperatorsFor"/> lists the operators of each kind.
/// </summary>
public enum TargetOperator
{
    /// <summary>Equal text. Website URL, query parameter, contact property.</summary>
    Is,

    /// <summary>Not equal; also holds when the parameter or property is missing. Website URL, query parameter, contact property.</summary>
    IsNot,

    /// <summary>Website URL, query parameter, contact property.</summary>
    Contains,

    /// <summary>Also holds when the parameter or property is missing. Website URL, query parameter, contact property.</summary>
    DoesNotContain,

    /// <summary>Website URL, query parameter, contact property.</summary>
    StartsWith,

    /// <summary>Website URL, query parameter, contact property.</summary>
    EndsWith,

    /// <summary>
    /// A glob over the whole text: <c>*</c> is any characters, <c>?</c> one character, everything else
    /// literal. Not a regular expression, so an editor cannot write one that hangs the page.
    /// Website URL, query parameter, contact property.
    /// </summary>
    MatchesPattern,

    /// <summary>The parameter is in the query string (even empty), or the contact property has a value. Query parameter, contact property.</summary>
    Exists,

    /// <summary>The opposite of <see cref="Exists"/>. Query parameter, contact property.</summary>
    DoesNotExist,

    /// <summary>The visitor is an identified contact or has an email address. Visitor.</summary>
    IsKnown,

    /// <summary>The opposite of <see cref="IsKnown"/>. Visitor.</summary>
    IsUnknown,

    /// <summary>Device.</summary>
    IsDesktop,

    /// <summary>Device.</summary>
    IsMobile,
}
