using Chatflows.Core.Channel;

namespace Chatflows.Channel;

/// <summary>Channel settings with the version an editor must send back to save them.</summary>
public sealed record VersionedChannelSettings(ChannelSettings Settings, Guid Version);
