namespace Chatflows.Host.Theming;

/// <summary>A theme's <c>theme.json</c>: the site's identity, navigation and blog posts.</summary>
public sealed record ThemeManifest(SiteInfo Site, IReadOnlyList<PostInfo> Posts);

/// <summary>What every page of the site knows about the company.</summary>
public sealed record SiteInfo(string Name, string Tagline, string Email, string Phone, string Address, IReadOnlyList<NavLink> Nav);

public sealed record NavLink(string Title, string Url);

/// <summary>A blog post; its body is the template <c>posts/{Slug}.liquid</c>.</summary>
public sealed record PostInfo(string Slug, string Title, string Date, string Author, string Summary, int ReadingMinutes);
