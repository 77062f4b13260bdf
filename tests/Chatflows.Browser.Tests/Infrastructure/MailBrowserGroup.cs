namespace Chatflows.Browser.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class MailBrowserGroup : ICollectionFixture<MailBrowserFixture>
{
    public const string Name = "mail-browser";
}
