namespace Chatflows.Host.Theming;

/// <summary>A blog post; its body is the template <c>posts/{Slug}.liquid</c>.</summary>
public sealed record PostInfo(string Slug, string Title, string Date, string Author, string Summary, int ReadingMinutes);
