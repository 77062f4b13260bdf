namespace Chatflows.Builder;

/// <summary>Which control the builder renders for one setting of an action.</summary>
public enum SettingsFieldKind
{
    Text,
    LongText,
    Boolean,
    Number,
    Choice,

    /// <summary>Lists and nested records: edited as JSON, because a generic form for every shape would be worse than none.</summary>
    Json,
}
