namespace Chatflows.Core.Validation;

/// <summary>A problem with one field of something an editor or a recipe supplied.</summary>
/// <param name="Field">The field's path, e.g. <c>accentColor</c> or <c>users[2].email</c>.</param>
/// <param name="Message">What is wrong, in words an editor understands.</param>
public sealed record FieldError(string Field, string Message);
