namespace Chatflows.Live;

/// <summary>An event with its topic, as it travels between nodes.</summary>
public sealed record LiveEnvelope(string Topic, LiveEvent Event);
