namespace Chatflows;

/// <summary>Endpoint metadata marking what the module maps, so the start-up route check tells the module's routes from the site's.</summary>
public sealed class ChatflowsEndpoint
{
    public static ChatflowsEndpoint Instance { get; } = new();

    private ChatflowsEndpoint()
    {
    }
}
