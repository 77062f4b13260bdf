namespace Chatflows.Security;

/// <summary>The built-in roles; permissions are granted to them in <see cref="Permissions.DefaultGrants"/>.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Editor = nameof(Editor);
    public const string Agent = nameof(Agent);

    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, Agent];
}
