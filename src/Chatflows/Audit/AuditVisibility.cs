using Chatflows.Security;

namespace Chatflows.Audit;

/// <summary>
/// Who may read which audit entries: the permission that manages an entry's subject. Sign-ins, users, roles,
/// passwords and two-factor changes need <see cref="Permissions.ManageUsers"/> (administrators), so an editor who
/// reads the chatflow history does not see who signed in from where. An action missing here is shown to nobody,
/// and a test fails until it is added.
/// </summary>
public static class AuditVisibility
{
    public static IReadOnlyDictionary<string, string> PermissionFor { get; } = new Dictionary<string, string>
    {
        [AuditActions.Created] = Permissions.ManageChatflows,
        [AuditActions.Duplicated] = Permissions.ManageChatflows,
        [AuditActions.Published] = Permissions.ManageChatflows,
        [AuditActions.SwitchedOn] = Permissions.ManageChatflows,
        [AuditActions.SwitchedOff] = Permissions.ManageChatflows,
        [AuditActions.RolledBack] = Permissions.ManageChatflows,
        [AuditActions.Deleted] = Permissions.ManageChatflows,
        [AuditActions.Prioritised] = Permissions.ManageChatflows,
        [AuditActions.PersonErased] = Permissions.ManageContacts,
        [AuditActions.ContactsMerged] = Permissions.ManageContacts,
        [AuditActions.SampleDataRemoved] = Permissions.ManageContacts,
        [AuditActions.SignedIn] = Permissions.ManageUsers,
        [AuditActions.SignInFailed] = Permissions.ManageUsers,
        [AuditActions.PasswordAccepted] = Permissions.ManageUsers,
        [AuditActions.UserCreated] = Permissions.ManageUsers,
        [AuditActions.UserChanged] = Permissions.ManageUsers,
        [AuditActions.RolesChanged] = Permissions.ManageUsers,
        [AuditActions.PasswordChanged] = Permissions.ManageUsers,
        [AuditActions.UserDeactivated] = Permissions.ManageUsers,
        [AuditActions.UserReactivated] = Permissions.ManageUsers,
        [AuditActions.TwoFactorEnabled] = Permissions.ManageUsers,
        [AuditActions.TwoFactorDisabled] = Permissions.ManageUsers,
        [AuditActions.RecoveryCodesRenewed] = Permissions.ManageUsers,
        [AuditActions.RecoveryCodeUsed] = Permissions.ManageUsers,
        [AuditActions.TwoFactorRequirementChanged] = Permissions.ManageUsers,
        [AuditActions.ChannelChanged] = Permissions.ManageChannel,
        [AuditActions.MailSettingsChanged] = Permissions.ManageChannel,
        [AuditActions.KnowledgeBaseChanged] = Permissions.ManageKnowledgeBase,
        [AuditActions.SurveyChanged] = Permissions.ManageChatflows,
        [AuditActions.TranslationImported] = Permissions.ManageChatflows,
    };

    /// <summary>The actions a reader holding <paramref name="permissions"/> may see.</summary>
    public static IReadOnlyList<string> ActionsFor(IEnumerable<string> permissions)
    {
        var held = permissions.ToHashSet(StringComparer.Ordinal);
        return [.. PermissionFor.Where(p => held.Contains(p.Value)).Select(p => p.Key)];
    }
}
