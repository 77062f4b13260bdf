namespace Chatflows.Audit;

/// <summary>A line of the audit log as its page shows it: names as they were when it happened.</summary>
/// <param name="Action">A stable verb from <see cref="AuditActions"/>.</param>
/// <param name="ChatflowId">The subject's key: a chatflow's id, or another subject's (see <see cref="AuditSubject"/>).</param>
public sealed record AuditEntry(DateTime OccurredUtc, string UserName, string Action, string ChatflowId, string ChatflowName, string? Detail);
