namespace Chatflows.Core.Flows;

public enum FindingSeverity
{
    /// <summary>Shown in the builder; publishing goes ahead.</summary>
    Warning,

    /// <summary>Publishing is refused until it is fixed.</summary>
    Error,
}
