namespace Chatflows.Channel;

/// <summary>The languages the site's chatflows speak (L1), for the channel's messages.</summary>
/// <param name="Base">
/// The language the channel's own messages are written in: the base language most of the site's chatflows have
/// (the first in order on a tie), English when there is no chatflow yet.
/// </param>
/// <param name="Translations">Every other language some chatflow has, in order.</param>
public sealed record SiteLanguages(string Base, IReadOnlyList<string> Translations);
