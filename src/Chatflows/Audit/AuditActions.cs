namespace Chatflows.Audit;

/// <summary>The verbs of the audit log. Stored as text, so they never change; the page words them for people.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Duplicated = "duplicated";
    public const string Published = "published";
    public const string SwitchedOn = "switchedOn";
    public const string SwitchedOff = "switchedOff";
    public const string RolledBack = "rolledBack";
    public const string Deleted = "deleted";
    public const string Prioritised = "prioritised";
    public const string PersonErased = "personErased";
    public const string ContactsMerged = "contactsMerged";
    public const string SignedIn = "signedIn";
    public const string SignInFailed = "signInFailed";
    public const string UserCreated = "userCreated";
    public const string UserChanged = "userChanged";
    public const string RolesChanged = "rolesChanged";
    public const string PasswordChanged = "passwordChanged";
    public const string UserDeactivated = "userDeactivated";
    public const string UserReactivated = "userReactivated";
    public const string PasswordAccepted = "passwordAccepted";
    public const string TwoFactorEnabled = "twoFactorEnabled";
    public const string TwoFactorDisabled = "twoFactorDisabled";
    public const string RecoveryCodesRenewed = "recoveryCodesRenewed";
    public const string RecoveryCodeUsed = "recoveryCodeUsed";
    public const string TwoFactorRequirementChanged = "twoFactorRequirementChanged";
    public const string ChannelChanged = "channelChanged";
    public const string KnowledgeBaseChanged = "knowledgeBaseChanged";
    public const string MailSettingsChanged = "mailSettingsChanged";
    public const string SurveyChanged = "surveyChanged";
    public const string SampleDataRemoved = "sampleDataRemoved";
    public const string TranslationImported = "translationImported";

    /// <summary>How the audit page says it.</summary>
    public static string Describe(string action) => action switch
    {
        Created => "created",
        Duplicated => "duplicated",
        Published => "published",
        SwitchedOn => "switched on",
        SwitchedOff => "switched off",
        RolledBack => "rolled back",
        Deleted => "deleted",
        Prioritised => "changed the priority of",
        PersonErased => "erased a person's data",
        ContactsMerged => "merged two contacts",
        SignedIn => "signed in as",
        SignInFailed => "failed to sign in as",
        UserCreated => "created the user",
        UserChanged => "changed the user",
        RolesChanged => "changed the roles of",
        PasswordChanged => "set a new password for",
        UserDeactivated => "deactivated",
        UserReactivated => "reactivated",
        PasswordAccepted => "entered the right password (code next) for",
        TwoFactorEnabled => "turned on two-factor sign-in for",
        TwoFactorDisabled => "turned off two-factor sign-in for",
        RecoveryCodesRenewed => "made new recovery codes for",
        RecoveryCodeUsed => "signed in with a recovery code as",
        TwoFactorRequirementChanged => "changed who must use two-factor sign-in:",
        ChannelChanged => "changed",
        KnowledgeBaseChanged => "changed the knowledge base",
        MailSettingsChanged => "changed",
        SurveyChanged => "changed the survey",
        SampleDataRemoved => "removed the",
        TranslationImported => "imported a translation (XLIFF) into",
        _ => action,
    };
}
