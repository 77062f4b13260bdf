using System.Text.Json.Serialization;

namespace Chatflows.Core.Engine;

/// <summary>
/// Something a turn asks the module to store, in the same transaction as the turn's messages. The
/// engine never writes anything itself; that keeps a turn pure, testable and cheap.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SetContactProperty), "setContactProperty")]
[JsonDerivedType(typeof(SetCompanyProperty), "setCompanyProperty")]
[JsonDerivedType(typeof(CreateTicket), "createTicket")]
[JsonDerivedType(typeof(HandOff), "handOff")]
public abstract record SideEffect;

/// <summary>Store a contact property (e.g. <c>email</c>) for the conversation's contact.</summary>
public sealed record SetContactProperty(string Property, string Value) : SideEffect;

/// <summary>Store a property of the contact's company.</summary>
public sealed record SetCompanyProperty(string Property, string Value) : SideEffect;

/// <summary>Create a ticket linked to the conversation and its contact (C4, P3).</summary>
public sealed record CreateTicket(string Reference, string Pipeline, string Status, string Subject, string Description) : SideEffect;

/// <summary>Route the conversation to a person: a specific agent, or the team (round robin).</summary>
public sealed record HandOff(string? UserId, string? TeamId) : SideEffect;
