using Chatflows.Core.Validation;

namespace Chatflows.Storage;

/// <summary>How saving a document went: saved (with its new version), invalid, or overtaken by another save.</summary>
public sealed record SaveResult(bool Succeeded, bool IsConflict, IReadOnlyList<FieldError> Errors, Guid Version)
{
    public static SaveResult Conflict { get; } =
        new(false, true, [new FieldError("", ValidationTexts.SaveConflict())], Guid.Empty);

    public static SaveResult Invalid(IReadOnlyList<FieldError> errors) => new(false, false, errors, Guid.Empty);

    public static SaveResult Saved(Guid version) => new(true, false, [], version);
}
