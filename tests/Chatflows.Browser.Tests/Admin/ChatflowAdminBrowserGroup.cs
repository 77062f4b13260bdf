using Chatflows.Browser.Tests.Infrastructure;

namespace Chatflows.Browser.Tests.Admin;

/// <summary>
/// The chatflow admin tests publish chatflows that win on demo pages (/pricing); a host of their own keeps
/// them from changing what the widget tests in the shared collection see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ChatflowAdminBrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "chatflow-admin";
}
