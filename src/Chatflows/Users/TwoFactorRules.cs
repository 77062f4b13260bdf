using System.Security.Claims;
using Chatflows.Audit;
using Chatflows.Security;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Users;

/// <summary>
/// Which roles must use two-factor sign-in, kept as a claim on each role so it reaches every member's principal
/// (within a minute for open sessions) without a setting to query on each request. Requiring it for every role is
/// requiring it for all staff.
/// </summary>
public sealed class TwoFactorRules(RoleManager<ChatflowsRole> roles, AuditLog audit, AuditActor actor)
{
    public async Task<IReadOnlyList<string>> RequiredRolesAsync()
    {
        List<string> required = [];
        foreach (var name in Roles.All)
        {
            if (await roles.FindByNameAsync(name) is { } role && (await roles.GetClaimsAsync(role)).Any(IsRequirement))
            {
                required.Add(name);
            }
        }

        return required;
    }

    public async Task SetRequiredRolesAsync(IReadOnlyCollection<string> required, CancellationToken cancellationToken)
    {
        var before = await RequiredRolesAsync();
        foreach (var name in Roles.All)
        {
            var role = await roles.FindByNameAsync(name) ?? throw new InvalidOperationException($"The role {name} is missing.");
            var claim = (await roles.GetClaimsAsync(role)).FirstOrDefault(IsRequirement);
            if (required.Contains(name) && claim is null)
            {
                Check(await roles.AddClaimAsync(role, new Claim(TwoFactorClaims.Required, TwoFactorClaims.Yes)));
            }
            else if (!required.Contains(name) && claim is not null)
            {
                Check(await roles.RemoveClaimAsync(role, claim));
            }
        }

        var after = await RequiredRolesAsync();
        if (!before.SequenceEqual(after))
        {
            await audit.RecordAsync(actor.Current, AuditActions.TwoFactorRequirementChanged, Subject,
                $"Required for {Describe(after)} (was {Describe(before)}).", cancellationToken);
        }
    }

    private static readonly AuditSubject Subject = new("security:two-factor", "Two-factor sign-in rule");

    private static string Describe(IReadOnlyList<string> required) =>
        required.Count == 0 ? "nobody" : required.Count == Roles.All.Count ? "all staff" : string.Join(", ", required);

    private static bool IsRequirement(Claim claim) => claim.Type == TwoFactorClaims.Required && claim.Value == TwoFactorClaims.Yes;

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
