using Chatflows.Live;
using Microsoft.Extensions.Hosting;

namespace Chatflows.Flows;

/// <summary>Hears the changes other nodes tell through the live backplane and counts them in <see cref="ChatflowChanges"/>.</summary>
internal sealed class ChatflowChangesRelay(ILiveEventBus bus, ChatflowChanges changes) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using var subscription = bus.Subscribe(LiveTopics.Changes);
            try
            {
                await foreach (var _ in subscription.Reader.ReadAllAsync(stoppingToken))
                {
                    changes.Heard();
                }
            }
            catch (LiveSubscriptionOverflowException)
            {
                // Fell behind: count the missed changes as one, and listen again.
                changes.Heard();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
