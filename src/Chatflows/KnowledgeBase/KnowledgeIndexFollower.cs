using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.KnowledgeBase;

/// <summary>
/// Keeps this node's index following the database when several nodes share it: every
/// <see cref="KnowledgeBaseOptions.SyncInterval"/> it applies what other nodes changed
/// (<see cref="KnowledgeIndexSync.CatchUpAsync"/>). Changes made on this node are in its index already.
/// </summary>
public sealed partial class KnowledgeIndexFollower(
    IServiceScopeFactory scopes, IOptions<KnowledgeBaseOptions> options, TimeProvider time, ILogger<KnowledgeIndexFollower> logger) : BackgroundService
{
    private readonly KnowledgeIndexCursor _cursor = new(time.GetUtcNow().UtcDateTime);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.SyncInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SyncInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<KnowledgeIndexSync>().CatchUpAsync(_cursor, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop following; the next tick re-reads the same window.
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not bring the knowledge-base index up to date with the database; trying again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
