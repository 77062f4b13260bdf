namespace Chatflows.Visitors.Contracts;

/// <summary>Body of <c>POST /chatflows/api/conversations</c>.</summary>
/// <param name="ChatflowId">The chatflow the widget configuration named.</param>
/// <param name="PageUrl">The page the visitor is on.</param>
/// <param name="IdentityToken">A token the site signed to identify its visitor (O10); ignored when invalid.</param>
/// <param name="CookieConsent">True once the visitor agreed to chat cookies (O6): the visitor id is then kept in a first-party cookie.</param>
/// <param name="TimeZone">The visitor's IANA time zone, so meeting times read in their own time; ignored when unknown.</param>
/// <param name="Language">
/// The visitor's language as a BCP 47 tag (<c>nl</c>, <c>nl-BE</c>), or several, most wanted first, comma-separated (L1). The
/// conversation speaks the first the chatflow has, else the chatflow's base language, which is also what an absent value gives.
/// </param>
public sealed record StartConversationRequest(
    string? ChatflowId, string? PageUrl = null, string? IdentityToken = null, bool CookieConsent = false, string? TimeZone = null, string? Language = null);
