namespace Chatflows.Visitors.Contracts;

/// <param name="VisitorId">The visitor the answer is stored for; a new one when the request carried none.</param>
public sealed record ConsentResponse(long Id, string VisitorId, string Kind, string ChatflowId, string Version, bool Granted, DateTime RecordedUtc);
