using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Chatflows.Tests.Infrastructure;

/// <summary>
/// Debian's nginx (installed by scripts/test-services.sh, never started as a service) as a round-robin load
/// balancer in front of test nodes: its own process on a loopback port, with the config <c>nginx-nodes.conf</c>
/// and its pid, log and temp files in a folder of its own. Disposing kills it.
/// </summary>
public sealed class NginxBalancer : IAsyncDisposable
{
    /// <summary>The response header nginx adds with the address of the node that answered.</summary>
    public const string NodeHeader = "X-Chatflows-Node";

    private readonly ConsoleProcess _process;
    private readonly DirectoryInfo _folder;

    private NginxBalancer(ConsoleProcess process, DirectoryInfo folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<NginxBalancer> StartAsync(IReadOnlyList<Uri> nodes)
    {
        var folder = Directory.CreateTempSubdirectory("chatflows-nginx-");

        // Started as root, nginx's workers run as www-data and must reach their temp folders in here.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var config = Path.Combine(folder.FullName, "nginx.conf");
        await File.WriteAllTextAsync(config, (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Infrastructure", "nginx-nodes.conf")))
            .Replace("@PREFIX@", folder.FullName, StringComparison.Ordinal)
            .Replace("@LISTEN@", address.Authority, StringComparison.Ordinal)
            .Replace("@WORKERS@", "1", StringComparison.Ordinal) // one worker: one round-robin order, so requests alternate strictly
            .Replace("@NODES@", string.Join("\n        ", nodes.Select(n => $"server {n.Authority};")), StringComparison.Ordinal));
        var start = new ProcessStartInfo(Executable(), ["-e", Path.Combine(folder.FullName, "error.log"), "-p", folder.FullName + "/", "-c", config, "-g", "daemon off;"]);
        var balancer = new NginxBalancer(new ConsoleProcess(start), folder, address);
        try
        {
            await balancer.WaitListeningAsync(TimeSpan.FromSeconds(20));
            return balancer;
        }
        catch
        {
            await balancer.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync(); // the master and its workers
        _folder.Delete(recursive: true);
    }

    private async Task WaitListeningAsync(TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!_process.HasExited && DateTime.UtcNow < deadline)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Address.Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        var log = Path.Combine(_folder.FullName, "error.log");
        throw new InvalidOperationException($"nginx did not listen on {Address}: {_process.Output}\n{(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}");
    }

    private static string Executable() =>
        File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx"
        : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(p => Path.Combine(p, "nginx")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("nginx is not installed: run scripts/test-services.sh as root, or apt-get install nginx.");
}
