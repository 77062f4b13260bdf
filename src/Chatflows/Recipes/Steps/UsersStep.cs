using Chatflows.Users;

namespace Chatflows.Recipes.Steps;

/// <summary>
/// <c>{"name": "users", "users": [{"email", "displayName", "roles", "password"?, "chatCapacity"?}]}</c>:
/// creates each user, or updates the one with that e-mail.
/// </summary>
public sealed class UsersStep(UserAdministration users) : IRecipeStep
{
    public string Name => "users";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var data = context.Read<UsersStepData>();
        if (data.Users is null)
        {
            throw context.Fail("users", "List the users as an array.");
        }

        for (var i = 0; i < data.Users.Count; i++)
        {
            var user = data.Users[i];
            var errors = await users.CreateOrUpdateAsync(
                new NewUser(user.Email ?? "", user.DisplayName ?? "", user.Roles ?? [], user.Password, user.ChatCapacity ?? 3));
            context.ThrowIfAny(errors, $"users[{i}]");
        }
    }

    private sealed record UsersStepData(IReadOnlyList<UserData>? Users);

    private sealed record UserData(string? Email, string? DisplayName, IReadOnlyList<string>? Roles, string? Password, int? ChatCapacity);
}
