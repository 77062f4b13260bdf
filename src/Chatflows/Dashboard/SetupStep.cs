namespace Chatflows.Dashboard;

/// <summary>One of the seed's set-up steps, with where to do it, who may do it and whether the site has done it.</summary>
/// <param name="Permission">What opens <paramref name="Path"/>: only those who have it are shown the step.</param>
public sealed record SetupStep(string Title, string Hint, string Path, string Permission, bool Done);
