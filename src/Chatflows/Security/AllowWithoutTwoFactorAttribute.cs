namespace Chatflows.Security;

/// <summary>On a page staff may open while they still owe two-factor sign-in: the enrolment page.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;
