namespace Chatflows.Core.Ports;

/// <summary>A user as hand-off sees them.</summary>
/// <param name="IsAgent">Holds the Agent role: only agents take chats (B2).</param>
/// <param name="IsAvailable">Has set themselves available.</param>
/// <param name="OpenChats">Conversations assigned and still open.</param>
/// <param name="Capacity">Most conversations at once (W7).</param>
public sealed record TeamMember(string UserId, string Name, bool IsAgent, bool IsAvailable, int OpenChats, int Capacity)
{
    public bool CanTakeAChat => IsAgent && IsAvailable && OpenChats < Capacity;
}
