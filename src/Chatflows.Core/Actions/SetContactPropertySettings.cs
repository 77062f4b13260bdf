using System.ComponentModel.DataAnnotations;
using Chatflows.Core.References;

namespace Chatflows.Core.Actions;

/// <summary>
/// Settings of <see cref="SetContactPropertyAction"/>: stored as <see cref="SetPropertySettings"/> are, but the
/// property is picked from the channel's contact properties (G1), which a company property is not.
/// </summary>
public sealed record SetContactPropertySettings(
    [property: Required, Reference(ReferenceKind.ContactProperty)] string Property = "",
    [property: MaxLength(1000)] string Value = "")
{
    internal SetPropertySettings AsProperty() => new(Property, Value);
}
