namespace Chatflows.Core.References;

/// <summary>What a setting names by id (B2, C3, C4, O9): the builder offers a pick list of these, publishing checks the id still exists.</summary>
public enum ReferenceKind
{
    User,
    Team,
    MeetingType,
    TicketPipeline,

    /// <summary>A status of the pipeline named by the setting in <see cref="ReferenceAttribute.Within"/> (or the default pipeline).</summary>
    TicketStatus,
    KnowledgeBase,
    ContactProperty,

    /// <summary>A survey of the site's library (O9), linked on the Options tab.</summary>
    Survey,
}
