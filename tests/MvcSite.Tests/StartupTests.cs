namespace MvcSite.Tests;

public sealed class StartupTests
{
    [Fact]
    public void A_site_route_under_the_chatflows_admin_path_stops_the_site_at_start_with_what_to_change()
    {
        using var site = new SampleSiteFactory(new Dictionary<string, string?> { ["Chatflows:Admin:Path"] = "/admin" });

        var error = Assert.Throws<InvalidOperationException>(() => site.CreateClient());

        Assert.Contains("AdminController", error.Message, StringComparison.Ordinal);
        Assert.Contains("Chatflows:Admin:Path", error.Message, StringComparison.Ordinal);
    }
}
