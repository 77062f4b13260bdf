namespace Chatflows.Builder;

/// <summary>A Liquid token the picker offers (B7), e.g. <c>{{ contact.firstname | default: "there" }}</c>.</summary>
public sealed record PersonalisationToken(string Liquid, string Description);
