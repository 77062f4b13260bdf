namespace Chatflows.Audit;

/// <summary>The verbs of the audit log. Stored as text, so they never change; the page words them for people.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Duplicated = "duplicated";
    public const string Published = "published";
    public const string SwitchedOn = "switchedOn";
    public const string SwitchedOff = "switchedOff";
    public const string RolledBack = "rolledBack";
    public const string Deleted = "deleted";
    public const string Prioritised = "prioritised";
    public const string PersonErased = "personErased";
    public const string ContactsMerged = "contactsMerged";

    /// <summary>How the audit page says it.</summary>
    public static string Describe(string action) => action switch
    {
        Created => "created",
        Duplicated => "duplicated",
        Published => "published",
        SwitchedOn => "switched on",
        SwitchedOff => "switched off",
        RolledBack => "rolled back",
        Deleted => "deleted",
        Prioritised => "changed the priority of",
        PersonErased => "erased a person's data",
        ContactsMerged => "merged two contacts",
        _ => action,
    };
}
