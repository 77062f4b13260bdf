using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MvcSite.Tests;

/// <summary>The sample MVC site (its real Program and appsettings) on temporary SQLite files of its own.</summary>
public sealed class SampleSiteFactory : WebApplicationFactory<Program>
{
    public const string MemberEmail = "member@site.test";
    public const string MemberPassword = "Member-Passw0rd!";
    public const string StaffEmail = "staff@site.test";
    public const string StaffPassword = "Staff-Passw0rd!";

    private readonly string _folder = Directory.CreateTempSubdirectory("mvcsite-").FullName;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public SampleSiteFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    internal SampleSiteFactory(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    /// <summary>Serves on a real socket for a real browser; returns the base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Site"] = $"Data Source={Path.Combine(_folder, "site.db")}",
            ["Site:MemberEmail"] = MemberEmail,
            ["Site:MemberPassword"] = MemberPassword,
            ["Chatflows:Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "chatflows.db")}",
            ["Chatflows:Setup:AdminEmail"] = StaffEmail,
            ["Chatflows:Setup:AdminPassword"] = StaffPassword,
        }.Concat(_settings).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing host stays in the temp folder; it is not worth failing a test for.
        }
    }
}
