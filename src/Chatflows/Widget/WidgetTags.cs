namespace Chatflows.Widget;

/// <summary>The rendered widget tags for one path base.</summary>
/// <param name="NonceParts">The tags for a page with a nonce, split where the nonce goes.</param>
/// <param name="Inline">The tags for a page without a policy (an inline script is allowed).</param>
/// <param name="Tag">The tags for a page whose policy has no nonce (an external script only).</param>
internal sealed record WidgetTags(string PathBase, byte[][] NonceParts, byte[] Inline, byte[] Tag);
