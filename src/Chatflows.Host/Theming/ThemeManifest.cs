namespace Chatflows.Host.Theming;

/// <summary>A theme's <c>theme.json</c>: the site's identity, navigation and blog posts.</summary>
public sealed record ThemeManifest(SiteInfo Site, IReadOnlyList<PostInfo> Posts);
