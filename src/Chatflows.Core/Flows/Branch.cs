namespace Chatflows.Core.Flows;

/// <summary>"If <see cref="When"/> holds, go to <see cref="GoTo"/>" (B3).</summary>
public sealed record Branch(Condition When, string GoTo);
