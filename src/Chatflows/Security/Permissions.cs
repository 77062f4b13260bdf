namespace Chatflows.Security;

/// <summary>
/// Every permission of the module (P5). Each is an authorization policy of the same name, satisfied by
/// a <see cref="ClaimType"/> claim that the user's roles carry. Call sites use these constants, never strings.
/// </summary>
public static class Permissions
{
    /// <summary>The claim type a role uses to grant a permission.</summary>
    public const string ClaimType = "chatflows:permission";

    public const string ManageChatflows = nameof(ManageChatflows);
    public const string ManageChannel = nameof(ManageChannel);
    public const string ManageKnowledgeBase = nameof(ManageKnowledgeBase);
    public const string AnswerConversations = nameof(AnswerConversations);
    public const string ViewAnalytics = nameof(ViewAnalytics);
    public const string ManageUsers = nameof(ManageUsers);

    /// <summary>See, edit, merge, export and erase contacts (G1): everything about a person, so Administrators only by default.</summary>
    public const string ManageContacts = nameof(ManageContacts);

    /// <summary>Any signed-in user holding at least one permission may open the admin shell.</summary>
    public const string AccessAdmin = nameof(AccessAdmin);

    public static IReadOnlyList<string> All { get; } =
        [ManageChatflows, ManageChannel, ManageKnowledgeBase, AnswerConversations, ViewAnalytics, ManageUsers, ManageContacts];

    /// <summary>What each built-in role grants. Applied to the roles on every start, so an upgrade adds new permissions.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DefaultGrants { get; } =
        new Dictionary<string, IReadOnlyList<string>>
        {
            [Roles.Administrator] = All,
            [Roles.Editor] = [ManageChatflows, ManageKnowledgeBase, ViewAnalytics],
            [Roles.Agent] = [AnswerConversations],
        };
}
