using System.Text.Json.Serialization;

namespace Chatflows.Visitors.Contracts;

/// <summary>The visitor has read every message up to <paramref name="Seq"/> (the visitor's numbering) on screen.</summary>
/// <param name="Seq">Required: a body without it is a 400, not "read nothing".</param>
public sealed record ReadReceiptRequest([property: JsonRequired] long Seq);
