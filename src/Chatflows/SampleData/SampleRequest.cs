namespace Chatflows.SampleData;

/// <summary>What the recipe's <c>sampleConversations</c> step asks for: how many visits, over how many weeks, with which chatflow.</summary>
public sealed record SampleRequest(string ChatflowId, int Conversations = 40, int Weeks = 3);
