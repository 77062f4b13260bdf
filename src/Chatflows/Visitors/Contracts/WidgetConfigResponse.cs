namespace Chatflows.Visitors.Contracts;

/// <summary>What the widget shows on a page: the winning chatflow (null: no bot here), the channel's look, availability.</summary>
/// <param name="Language">Language of the widget's own texts (O4): the chatflow's, else the browser's, else English.</param>
/// <param name="VisitorKnown">True when the visitor is a known contact (O10, T4): consent banners may differ.</param>
/// <param name="Visitor">What the server knows of this visitor (signed id in the cookie or header); null for a visitor it does not know.</param>
/// <param name="VisitorIdentified">True when the request carried a valid identity token (O10): the widget asks no cookie question, as the site knows its visitor.</param>
/// <param name="Languages">The languages the chatflow speaks, its base language first; the widget picks the visitor's among them.</param>
/// <param name="Texts">For each of <paramref name="Languages"/>: the widget's texts file and the launcher's label.</param>
/// <param name="SessionContinuity">Whether the widget may keep a started chat in the tab's session storage (<c>Chatflows:Widget:SessionContinuity</c>).</param>
public sealed record WidgetConfigResponse(
    WidgetChatflow? Chatflow, WidgetChannel Channel, WidgetAvailability Availability, string Language, bool VisitorKnown,
    WidgetVisitor? Visitor = null, bool SessionContinuity = true, bool VisitorIdentified = false,
    IReadOnlyList<string>? Languages = null, IReadOnlyDictionary<string, WidgetLanguageTexts>? Texts = null);
