namespace Chatflows.Visitors.Identification;

/// <summary>What targeting (T4) and the welcome message know of the visitor when a page loads.</summary>
/// <param name="Properties">The contact's properties (an identified visitor's token fields over the stored ones).</param>
/// <param name="CompanyProperties">The contact's company properties.</param>
/// <param name="Known">A known contact: identified, or a contact with an e-mail address.</param>
/// <param name="Identified">The site vouched for the visitor with a valid identity token (O10).</param>
internal sealed record PageVisitor(
    Dictionary<string, string> Properties, Dictionary<string, string> CompanyProperties, bool Known, bool Identified);
