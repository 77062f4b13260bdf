using Chatflows.Builder;

namespace Chatflows.Areas.Admin.Pages.ChatflowBuilder;

/// <summary>The token picker (B7) for the text field with id <paramref name="For"/>.</summary>
public sealed record BuildTokensView(string For, IReadOnlyList<PersonalisationToken> Tokens);
