using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Users;

/// <summary>Identity's user manager reading the module's named <see cref="IdentityOptions"/>, so password and lockout rules stay the module's.</summary>
internal sealed class ChatflowsUserManager(
    IUserStore<ChatflowsUser> store, IOptionsMonitor<IdentityOptions> options, IPasswordHasher<ChatflowsUser> passwordHasher,
    IEnumerable<IUserValidator<ChatflowsUser>> userValidators, IEnumerable<IPasswordValidator<ChatflowsUser>> passwordValidators,
    ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<ChatflowsUser>> logger)
    : UserManager<ChatflowsUser>(store, Microsoft.Extensions.Options.Options.Create(options.Get(ChatflowsAuthentication.OptionsName)), passwordHasher,
        userValidators, passwordValidators, keyNormalizer, errors, services, logger);
