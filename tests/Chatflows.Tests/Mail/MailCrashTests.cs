using System.Diagnostics;
using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;

namespace Chatflows.Tests.Mail;

/// <summary>
/// A node killed with SIGKILL after the mail was committed and while it was being sent: a real child
/// process of the demo host, held by the SMTP server in the middle of DATA, then killed. Another node
/// sends the mail after the dead node's lease, once, with the same Message-Id.
/// </summary>
public sealed class MailCrashTests
{
    [Fact]
    public async Task A_node_killed_while_sending_loses_nothing_and_the_mail_goes_out_once_after_restart()
    {
        await using var smtp = SmtpSink.Start(holdFirst: true);
        var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["Chatflows:Mail:Lease"] = "00:00:03" };
        await using (var writer = new ChatflowsFactory(database, settings: new Dictionary<string, string?>(settings) { ["Chatflows:Mail:SendEnabled"] = "false" }, ownsDatabase: false))
        {
            await MailScenarios.SendTestMailAsync(await TicketScenarios.SignInAsAdministratorAsync(writer), "ops@example.com");
        }

        using (var child = ChildHost.Start(database, settings))
        {
            await child.WaitAsync(smtp.Holding.Task);
            child.KillHard();
        }

        smtp.ReleaseRefusing();
        await using var restarted = new ChatflowsFactory(database, settings: settings);
        await Task.Run(() => restarted.Services);

        var mail = Assert.Single(await smtp.WaitForCountAsync(1));
        var row = (await MailScenarios.OutboxAsync(restarted, r => r.Single().Status == MailStatuses.Sent)).Single();
        Assert.Equal(2, row.Attempts);
        Assert.Equal(row.MessageId, mail.MessageId);
        Assert.Equal(2, smtp.Seen.Count);
        Assert.Single(smtp.Seen.Select(s => s.Message.MessageId).Distinct());
        Assert.Single(smtp.Accepted);
    }

    /// <summary>The demo host as a process of its own, configured through environment variables.</summary>
    private sealed class ChildHost : IDisposable
    {
        private readonly Process _process;
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

        private ChildHost(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) => Keep(e.Data);
            _process.ErrorDataReceived += (_, e) => Keep(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public static ChildHost Start(TestDatabase database, Dictionary<string, string?> settings)
        {
            // The test and the host were built with the same configuration: bin/<Configuration>/<framework>/.
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var root = output;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Chatflows.sln")))
            {
                root = root.Parent;
            }

            var hostFolder = Path.Combine(root!.FullName, "src", "Chatflows.Host", "bin", output.Parent!.Name, output.Name);
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                WorkingDirectory = hostFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(hostFolder, "Chatflows.Host.dll"));
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["Chatflows__Database__Provider"] = database.Provider.ToString();
            start.Environment["Chatflows__Database__ConnectionString"] = database.ConnectionString;
            start.Environment["Chatflows__Setup__AdminEmail"] = ChatflowsFactory.AdminEmail;
            start.Environment["Chatflows__Setup__AdminPassword"] = ChatflowsFactory.AdminPassword;
            foreach (var (key, value) in settings)
            {
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }

            return new ChildHost(Process.Start(start)!);
        }

        /// <summary>Waits for <paramref name="reached"/>; fails with the child's output when it exits first or takes over three minutes.</summary>
        public async Task WaitAsync(Task reached)
        {
            var exited = _process.WaitForExitAsync();
            var done = await Task.WhenAny(reached, exited, Task.Delay(TimeSpan.FromMinutes(3)));
            Assert.True(done == reached, "The child host did not reach the SMTP server:\n" + string.Join('\n', _output.TakeLast(40)));
        }

        /// <summary>SIGKILL: no shutdown, no flush, no lease given back.</summary>
        public void KillHard()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }

        private void Keep(string? line)
        {
            if (line is not null)
            {
                _output.Enqueue(line);
                while (_output.Count > 200 && _output.TryDequeue(out _))
                {
                }
            }
        }
    }
}
