namespace Chatflows.Storage;

/// <summary>A ticket pipeline (C4, P3): its ordered statuses are one small JSON document, edited whole.</summary>
public sealed class TicketPipelineRecord
{
    /// <summary>A slug, stable in chatflow settings and on tickets (e.g. <c>support</c>).</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Order of the pipeline in lists; the first is the default.</summary>
    public int Position { get; set; }

    /// <summary>The statuses in order, as JSON (<c>[{"id":"new","name":"New"},…]</c>).</summary>
    public string StatusesJson { get; set; } = "[]";

    public DateTime UpdatedUtc { get; set; }
}
