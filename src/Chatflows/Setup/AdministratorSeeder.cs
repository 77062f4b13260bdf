using System.Security.Cryptography;
using Chatflows.Security;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Setup;

/// <summary>
/// Creates the first administrator when the site has none. There is never a fixed default password:
/// it comes from configuration, or in Development it is generated and shown once.
/// </summary>
internal sealed partial class AdministratorSeeder(
    UserManager<ChatflowsUser> users,
    UserAdministration administration,
    IOptions<ChatflowsOptions> options,
    IHostEnvironment environment,
    ILogger<AdministratorSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var setup = options.Value.Setup;
        var password = setup.AdminPassword;
        if (string.IsNullOrEmpty(password))
        {
            if (!environment.IsDevelopment())
            {
                LogNoAdministrator(logger);
                return;
            }

            password = GeneratePassword();
        }

        var errors = await administration.CreateOrUpdateAsync(
            new NewUser(setup.AdminEmail, "Administrator", [Roles.Administrator], password, ChatCapacity: 3));
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"Cannot create the administrator {setup.AdminEmail}: {string.Join(" ", errors.Select(e => e.Message))}");
        }

        if (string.IsNullOrEmpty(setup.AdminPassword))
        {
            // Shown once, on purpose: the demo must be usable without setup, and the password is random.
            LogGeneratedPassword(logger, setup.AdminEmail, password);
        }
    }

    // Meets Identity's rules (upper, lower, digit, symbol), shuffled so no position is predictable.
    private static string GeneratePassword()
    {
        var characters = (RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 5)
            + RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 8)
            + RandomNumberGenerator.GetString("23456789", 5)
            + RandomNumberGenerator.GetString("!#%+=?", 2)).ToCharArray();
        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator exists and Chatflows:Setup:AdminPassword is not set; nobody can sign in to /admin yet")]
    private static partial void LogNoAdministrator(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created administrator {Email} with the generated password {Password} — it is shown only this once. Sign in at /admin")]
    private static partial void LogGeneratedPassword(ILogger logger, string email, string password);
}
