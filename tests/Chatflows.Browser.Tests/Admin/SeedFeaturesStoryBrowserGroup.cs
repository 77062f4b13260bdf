using Chatflows.Browser.Tests.Infrastructure;

namespace Chatflows.Browser.Tests.Admin;

/// <summary>
/// Issue #22's story publishes on /pricing, adds a team and makes the administrator available: a host of
/// its own keeps that from reaching the other tests (and theirs from winning its visitor).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SeedFeaturesStoryBrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "seed-features-story";
}
