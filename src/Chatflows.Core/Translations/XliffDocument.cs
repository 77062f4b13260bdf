namespace Chatflows.Core.Translations;

/// <summary>What an XLIFF 2.0 file says: its languages and units, or why it could not be read.</summary>
public sealed record XliffDocument(string SourceLanguage, string TargetLanguage, IReadOnlyList<XliffUnit> Units, IReadOnlyList<XliffError> Errors)
{
    public static XliffDocument Refused(params XliffError[] errors) => new("", "", [], errors);
}
