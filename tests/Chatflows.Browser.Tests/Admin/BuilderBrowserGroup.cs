using Chatflows.Browser.Tests.Infrastructure;

namespace Chatflows.Browser.Tests.Admin;

/// <summary>
/// The builder and channel tests get a host of their own: they change the channel's look and publish
/// drafts, which the widget tests on the shared host must not see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BuilderBrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "builder-browser";
}
