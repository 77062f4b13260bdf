using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Privacy;

/// <summary>Runs <see cref="RetentionSweep"/> on every node every <see cref="PrivacyOptions.RetentionInterval"/>; the sweep is safe to run concurrently.</summary>
internal sealed partial class RetentionWorker(IServiceScopeFactory scopes, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<RetentionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first run waits one interval: start-up (migrations, recipes) comes first.
        using var timer = new PeriodicTimer(options.Value.RetentionInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(time.GetUtcNow().UtcDateTime, stoppingToken);
                if (report.Conversations + report.Consents + report.VisitorIdsForgotten > 0)
                {
                    LogRun(report.Conversations, report.Consents, report.VisitorIdsForgotten);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception); // the next tick tries again; a database that is briefly away must not stop the job for good
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: erased {Conversations} conversation(s) and {Consents} consent(s), forgot {VisitorIds} visitor id(s)")]
    private partial void LogRun(int conversations, int consents, int visitorIds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention run failed; it runs again at the next interval")]
    private partial void LogFailed(Exception exception);
}
