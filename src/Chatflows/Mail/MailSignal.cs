using System.Threading.Channels;

namespace Chatflows.Mail;

/// <summary>Wakes this node's worker when mail put in the outbox here committed (raised by <see cref="MailWakeUp"/>), so it need not wait for its next poll.</summary>
public sealed class MailSignal
{
    // One pending wake-up is enough: more would only make the worker look again for the same rows.
    private readonly System.Threading.Channels.Channel<bool> _wakeUps = System.Threading.Channels.Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Raise() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Returns when raised or after <paramref name="timeout"/>; throws only when <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _wakeUps.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed.
        }
    }
}
