namespace Chatflows.Visitors.Contracts;

/// <summary>What the widget shows on a page: the winning chatflow (null: no bot here), the channel's look, availability.</summary>
/// <param name="Language">Language of the widget's own texts (O4): the chatflow's, else the browser's, else English.</param>
/// <param name="VisitorKnown">True when the visitor is a known contact (O10, T4): consent banners may differ.</param>
public sealed record WidgetConfigResponse(
    WidgetChatflow? Chatflow, WidgetChannel Channel, WidgetAvailability Availability, string Language, bool VisitorKnown);
