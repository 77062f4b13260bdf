namespace Chatflows.Builder;

/// <summary>Which control the builder renders for one setting of an action.</summary>
public enum SettingsFieldKind
{
    Text,
    LongText,
    Boolean,
    Number,
    Choice,

    /// <summary>The id of a user, team, meeting type, pipeline, status, knowledge base or contact property, chosen from a list.</summary>
    Pick,

    /// <summary>A list of texts or of small records (quick replies): rows the editor adds, edits, moves and removes.</summary>
    Rows,

    /// <summary>Other lists and nested records: edited as JSON, because a generic form for every shape would be worse than none.</summary>
    Json,
}
