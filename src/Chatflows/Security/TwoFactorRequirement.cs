using Microsoft.AspNetCore.Authorization;

namespace Chatflows.Security;

/// <summary>
/// Part of every admin policy: a member of a role that requires two-factor sign-in may do nothing until their account
/// has it, except what <see cref="AllowWithoutTwoFactorAttribute"/> marks (turning it on, signing out).
/// </summary>
public sealed class TwoFactorRequirement : IAuthorizationRequirement;
