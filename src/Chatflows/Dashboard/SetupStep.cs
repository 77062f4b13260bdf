namespace Chatflows.Dashboard;

/// <summary>One of the seed's set-up steps, with where to do it and whether the site has done it.</summary>
public sealed record SetupStep(string Title, string Hint, string Path, bool Done);
