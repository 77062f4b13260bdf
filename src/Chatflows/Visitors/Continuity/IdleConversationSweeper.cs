using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Visitors.Continuity;

/// <summary>Runs <see cref="IdleConversationCloser"/> on every node every <see cref="ConversationsOptions.SweepInterval"/>; safe to run on several at once.</summary>
internal sealed partial class IdleConversationSweeper(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ConversationsOptions> options, ILogger<IdleConversationSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.SweepInterval, time, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IdleConversationCloser>().CloseIdleAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database hiccup must not end the sweeps for the life of the process.
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing idle conversations failed; trying again at the next sweep")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
