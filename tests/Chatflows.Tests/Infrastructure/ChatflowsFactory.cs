using System.Net;
using Chatflows.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chatflows.Tests.Infrastructure;

/// <summary>
/// The demo host (its real Program) on a database of its own. HTTP tests use the in-memory server;
/// browser tests call <see cref="StartKestrel"/> for a real socket on 127.0.0.1.
/// </summary>
/// <param name="ownsDatabase">False keeps the database when the host is disposed, to start a second host on it.</param>
/// <param name="services">Replaces services after the host registered its own (e.g. a clock the test moves).</param>
public sealed class ChatflowsFactory(
    TestDatabase database, string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null, bool ownsDatabase = true,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@chatflows.test";
    public const string AdminPassword = "Admin-Passw0rd!";

    public TestDatabase Database { get; } = database;

    /// <summary>Everything the host logged, for tests that check what an operator is told.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Serves on a real socket; returns the base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Chatflows:Database:Provider"] = Database.Provider.ToString(),
            ["Chatflows:Database:ConnectionString"] = Database.ConnectionString,
            ["Chatflows:Setup:AdminEmail"] = AdminEmail,
            ["Chatflows:Setup:AdminPassword"] = AdminPassword,
            ["Chatflows:Setup:Recipe"] = "demo",

            // Sample conversations are on for the demo; tests that count their own data start without them (SampleDataTests turn them on).
            ["Chatflows:Setup:SampleData"] = "false",
        }.Concat(settings ?? new Dictionary<string, string?>()).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value)));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Runs <paramref name="work"/> in a service scope of the host, as a request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) =>
        InScopeAsync<bool>(async services => { await work(services); return true; });

    public static async Task<ChatflowsFactory> StartAsync(DatabaseProvider provider, string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new ChatflowsFactory(TestDatabase.Create(provider), environment, settings);
        try
        {
            // Starting the host runs migrations and the setup recipe; off the test thread, it may take a while.
            await Task.Run(() => factory.Services);
            return factory;
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}
