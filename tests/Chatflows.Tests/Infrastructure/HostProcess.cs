using System.Diagnostics;
using System.Net;

namespace Chatflows.Tests.Infrastructure;

/// <summary>
/// The demo host as a real operating-system process on a database of the test's, for what only a real
/// process shows: a kill -9, what it leaves behind, and the next start.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly ConsoleProcess _process;

    private HostProcess(ConsoleProcess process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Everything the process wrote to its console so far.</summary>
    public string Output => _process.Output;

    public bool HasExited => _process.HasExited;

    public static HostProcess Start(TestDatabase database)
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            WorkingDirectory = HostContentRoot(),
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = address.ToString(),
                ["Logging__Console__FormatterName"] = "simple",
                ["Chatflows__Database__Provider"] = database.Provider.ToString(),
                ["Chatflows__Database__ConnectionString"] = database.ConnectionString,
                ["Chatflows__Setup__AdminEmail"] = ChatflowsFactory.AdminEmail,
                ["Chatflows__Setup__AdminPassword"] = ChatflowsFactory.AdminPassword,
                ["Chatflows__Setup__Recipe"] = "demo",
                ["Chatflows__Setup__SampleData"] = "false", // as in ChatflowsFactory: 40 seeded conversations only slow the start
            },
        };
        return new(new ConsoleProcess(start), address);
    }

    /// <summary>Waits until <c>/health</c> answers 200; false when the process ends or <paramref name="patience"/> runs out first.</summary>
    public async Task<bool> WaitHealthyAsync(TimeSpan patience)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/chatflows/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <summary>SIGKILL on Unix: the process gets no chance to clean up.</summary>
    public Task KillAsync() => _process.KillAsync();

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static string HostContentRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Chatflows.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Chatflows.sln not found above the test output."), "src", "Chatflows.Host");
    }
}
