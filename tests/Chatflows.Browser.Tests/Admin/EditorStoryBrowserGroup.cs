using Chatflows.Browser.Tests.Infrastructure;

namespace Chatflows.Browser.Tests.Admin;

/// <summary>
/// The editor's end-to-end story changes the channel's look and publishes a bot on /pricing; a host of
/// its own keeps the other admin tests (which publish on /pricing too) from winning its visitor.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EditorStoryBrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "editor-story";
}
