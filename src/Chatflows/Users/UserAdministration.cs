using Chatflows.Audit;
using Chatflows.Core.Validation;
using Chatflows.Security;
using Chatflows.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Users;

/// <summary>
/// Creating users and granting roles: one place for the Users page and the recipe step. Every change is in the
/// audit log, against the signed-in administrator (or the setup, for a recipe).
/// </summary>
public sealed class UserAdministration(
    UserManager<ChatflowsUser> users, ChatflowsDbContext db, TimeProvider time, AuditLog audit, IHttpContextAccessor request, Flows.ChatflowChanges changes)
{
    public const int MaxChatCapacity = 50;

    public Task<List<ChatflowsUser>> ListAsync(CancellationToken cancellationToken) =>
        users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);

    /// <summary>
    /// Creates the user, or updates name, roles and capacity of the user with that e-mail (idempotent for
    /// recipes); with <paramref name="onlyCreate"/> an existing e-mail is an error instead.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> CreateOrUpdateAsync(NewUser request, bool onlyCreate = false)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return errors;
        }

        var user = await users.FindByEmailAsync(request.Email);
        var isNew = user is null;
        if (!isNew && onlyCreate)
        {
            return [new FieldError("email", ValidationTexts.UsersEmailTaken())];
        }

        user ??= new ChatflowsUser { UserName = request.Email, Email = request.Email, EmailConfirmed = true, CreatedUtc = time.GetUtcNow().UtcDateTime };
        user.DisplayName = request.DisplayName.Trim();
        user.ChatCapacity = request.ChatCapacity;

        var result = isNew
            ? request.Password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, request.Password)
            : await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            return ToFieldErrors(result, "password");
        }

        await RecordAsync(isNew ? AuditActions.UserCreated : AuditActions.UserChanged, user, $"Name {user.DisplayName}, chat capacity {user.ChatCapacity}.");
        return await SetRolesAsync(user, request.Roles);
    }

    public async Task<IReadOnlyList<FieldError>> SetRolesAsync(ChatflowsUser user, IReadOnlyList<string> roles)
    {
        if (!roles.Contains(Roles.Administrator) && await IsLastAdministratorAsync(user))
        {
            return [new FieldError("roles", ValidationTexts.UsersOnlyAdministrator())];
        }

        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            return [new FieldError("roles", ValidationTexts.UsersUnknownRole(unknown[0], string.Join(", ", Roles.All)))];
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        var added = await users.AddToRolesAsync(user, roles.Except(current));
        if (!removed.Succeeded || !added.Succeeded)
        {
            return ToFieldErrors(removed.Succeeded ? added : removed, "roles");
        }

        if (!current.ToHashSet().SetEquals(roles))
        {
            await RecordAsync(AuditActions.RolesChanged, user, $"Roles {string.Join(", ", roles)} (were {(current.Count == 0 ? "none" : string.Join(", ", current))}).");
        }

        return [];
    }

    public async Task<IReadOnlyList<FieldError>> SetPasswordAsync(ChatflowsUser user, string password)
    {
        if (await users.HasPasswordAsync(user))
        {
            var removed = await users.RemovePasswordAsync(user);
            if (!removed.Succeeded)
            {
                return ToFieldErrors(removed, "password");
            }
        }

        var result = await users.AddPasswordAsync(user, password);
        if (result.Succeeded)
        {
            // A reset also lifts a lockout: the administrator vouches for the new password.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            await RecordAsync(AuditActions.PasswordChanged, user, null);
        }

        return ToFieldErrors(result, "password");
    }

    public async Task<IReadOnlyList<FieldError>> UpdateAsync(ChatflowsUser user, string displayName, IReadOnlyList<string> roles, int chatCapacity)
    {
        var errors = Validate(new NewUser(user.Email ?? "", displayName, roles, null, chatCapacity));
        if (errors.Count > 0)
        {
            return errors;
        }

        user.DisplayName = displayName.Trim();
        user.ChatCapacity = chatCapacity;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            return ToFieldErrors(result, "displayName");
        }

        await RecordAsync(AuditActions.UserChanged, user, $"Name {user.DisplayName}, chat capacity {user.ChatCapacity}.");
        return await SetRolesAsync(user, roles);
    }

    /// <summary>
    /// Someone left the team: the account can no longer sign in (open sessions end within a minute), is
    /// away, and its open chats go back to the unassigned queue so no visitor waits on a person who is gone.
    /// Its name stays on everything it wrote, published or closed.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> DeactivateAsync(ChatflowsUser user, string actingUserId, CancellationToken cancellationToken)
    {
        if (user.Id == actingUserId)
        {
            return [new FieldError("", ValidationTexts.UsersDeactivateSelf())];
        }

        if (await IsLastAdministratorAsync(user))
        {
            return [new FieldError("", ValidationTexts.UsersDeactivateOnlyAdministrator())];
        }

        if (user.DeactivatedUtc is not null)
        {
            return [];
        }

        user.DeactivatedUtc = time.GetUtcNow().UtcDateTime;
        user.IsAvailable = false;
        // Saves the user with a new security stamp in one update, which ends the user's open sessions.
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            return ToFieldErrors(result, "");
        }

        await db.Conversations
            .Where(c => c.AssignedUserId == user.Id && c.Status != Storage.ConversationStatuses.Closed && c.Status != Storage.ConversationStatuses.Ended)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AssignedUserId, (string?)null), cancellationToken);
        await RecordAsync(AuditActions.UserDeactivated, user, null);
        return [];
    }

    /// <summary>The account can sign in again; it stays away until its owner says otherwise.</summary>
    public async Task<IReadOnlyList<FieldError>> ReactivateAsync(ChatflowsUser user)
    {
        user.DeactivatedUtc = null;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            return ToFieldErrors(result, "");
        }

        await RecordAsync(AuditActions.UserReactivated, user, null);
        return [];
    }

    /// <summary>Records a change to <paramref name="user"/> against whoever is signed in; a recipe runs as the setup.</summary>
    // Every change of a user goes through here; a role, capacity or deactivation moves the team's availability.
    public Task RecordAsync(string action, ChatflowsUser user, string? detail)
    {
        changes.Changed();
        return audit.RecordAsync(request.HttpContext?.User is { Identity.IsAuthenticated: true } actor ? Editor.From(actor) : new Editor(null, "Setup"),
            action, AuditSubject.User(user.Id, user.Email ?? ""), detail, CancellationToken.None);
    }

    private async Task<bool> IsLastAdministratorAsync(ChatflowsUser user)
    {
        var administrators = (await users.GetUsersInRoleAsync(Roles.Administrator)).Where(a => a.DeactivatedUtc is null).ToList();
        return administrators.Count == 1 && administrators[0].Id == user.Id;
    }

    private static List<FieldError> Validate(NewUser request)
    {
        List<FieldError> errors = [];
        if (string.IsNullOrWhiteSpace(request.Email) || !request.Email.Contains('@', StringComparison.Ordinal) || request.Email.Length > 256)
        {
            errors.Add(new("email", ValidationTexts.UsersEmail()));
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > 100)
        {
            errors.Add(new("displayName", ValidationTexts.UsersName()));
        }

        if (request.Roles.Count == 0)
        {
            errors.Add(new("roles", ValidationTexts.UsersRoles()));
        }

        if (request.ChatCapacity is < 1 or > MaxChatCapacity)
        {
            errors.Add(new("chatCapacity", ValidationTexts.UsersCapacity(MaxChatCapacity)));
        }

        return errors;
    }

    private List<FieldError> ToFieldErrors(IdentityResult result, string field) =>
        [.. result.Errors.Select(e => IdentityErrorTexts.ToFieldError(e, e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email" : field, users.Options.Password, users.ErrorDescriber))];
}
