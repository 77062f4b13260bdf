namespace Chatflows.Host.Theming;

public sealed record NavLink(string Title, string Url);
