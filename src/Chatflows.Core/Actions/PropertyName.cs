using System.Text.RegularExpressions;

namespace Chatflows.Core.Actions;

/// <summary>Contact, company and variable names: lower-case letters, digits and underscores, as in <c>firstname</c>.</summary>
public static partial class PropertyName
{
    public const string Rule = "Use lower-case letters, digits and underscores, starting with a letter (e.g. firstname).";

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex("^[a-z][a-z0-9_]{0,49}$")]
    private static partial Regex Pattern();
}
