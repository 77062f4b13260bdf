namespace Chatflows.Live;

/// <summary>Ends a stream whose reader fell <see cref="LiveSubscription.Capacity"/> events behind.</summary>
public sealed class LiveSubscriptionOverflowException() : Exception("The live stream fell too far behind and was ended; reconnect to catch up.");
