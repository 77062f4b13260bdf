namespace Chatflows.Audit;

/// <summary>One page of the audit log, newest first, and whether older entries follow.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, bool HasMore);
