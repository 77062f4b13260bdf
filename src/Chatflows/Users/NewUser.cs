namespace Chatflows.Users;

/// <summary>What it takes to create a user: from the Users page or a recipe.</summary>
/// <param name="Password">Null creates a user who cannot sign in until an administrator sets a password.</param>
public sealed record NewUser(string Email, string DisplayName, IReadOnlyList<string> Roles, string? Password, int ChatCapacity = 3);
