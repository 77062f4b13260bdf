namespace Chatflows.Audit;

/// <summary>
/// What an audit entry is about. Chatflows keep their id as the key (entries written before other subjects
/// existed read the same); everything else has a prefixed key, so one column tells subjects apart.
/// </summary>
public sealed record AuditSubject(string Key, string Label)
{
    public const string UserPrefix = "user:";
    public const string KnowledgeBasePrefix = "kb:";

    public static AuditSubject Chatflow(string id, string name) => new(id, name);

    public static AuditSubject User(string? id, string email) => new($"{UserPrefix}{id ?? "unknown"}", email);

    public static AuditSubject Role(string name) => new($"role:{name}", $"Role {name}");

    public static AuditSubject KnowledgeBase(string id, string name) => new($"{KnowledgeBasePrefix}{id}", name);

    /// <summary>A survey of the library (O9).</summary>
    public static AuditSubject Survey(string id, string name) => new($"survey:{id}", name);

    public static AuditSubject Channel { get; } = new("channel", "Chat channel");

    public static AuditSubject Mail { get; } = new("mail", "Mail settings");

    /// <summary>The demo's sample conversations and contacts, removed together.</summary>
    public static AuditSubject SampleData { get; } = new("sample:data", "sample data");

    /// <summary>True when the key is a chatflow's id, so the audit page can link to that chatflow's entries.</summary>
    public static bool IsChatflow(string key) => !key.Contains(':', StringComparison.Ordinal) && key is not "channel" and not "mail";
}
