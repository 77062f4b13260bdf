namespace Chatflows.Host.Theming;

/// <summary>What every page of the site knows about the company.</summary>
public sealed record SiteInfo(string Name, string Tagline, string Email, string Phone, string Address, IReadOnlyList<NavLink> Nav);
