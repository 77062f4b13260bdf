using Chatflows.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Mail;

/// <summary>
/// Sends the outbox on this node: claims due rows, composes and hands each to the transport, records the
/// outcome. Woken by <see cref="MailSignal"/> once mail written on this node committed (<see cref="MailWakeUp"/>), otherwise it looks every
/// <see cref="MailOptions.PollInterval"/> (mail written on another node, retries that came due).
/// </summary>
public sealed partial class MailOutboxWorker(
    IServiceScopeFactory scopes, IOptionsMonitor<MailOptions> options, MailSignal signal, ILogger<MailOutboxWorker> logger) : BackgroundService
{
    private const int BatchSize = 20;

    /// <summary>This node's name in leases: unique per process, readable in the outbox.</summary>
    public string Node { get; } = Cut($"{Guid.NewGuid():N}/{Environment.ProcessId}/{Environment.MachineName}");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.SendEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRoundFailed(e);
            }

            if (sent == 0)
            {
                try
                {
                    await signal.WaitAsync(options.CurrentValue.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One round: claims up to a batch and sends each; returns how many were claimed.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var claims = scope.ServiceProvider.GetRequiredService<MailClaims>();
        var rows = await claims.ClaimAsync(Node, BatchSize, cancellationToken);
        foreach (var row in rows)
        {
            await SendAsync(scope.ServiceProvider, claims, row, cancellationToken);
        }

        return rows.Count;
    }

    private async Task SendAsync(IServiceProvider services, MailClaims claims, MailOutboxRecord row, CancellationToken cancellationToken)
    {
        MailComposition composition;
        try
        {
            composition = await services.GetRequiredService<MailComposer>().ComposeAsync(row, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A template that does not parse or a model that does not fit: recorded as the attempt's reason, retried like a refusal by the server.
            LogAttemptFailed(e, row.Id, row.Attempts);
            await claims.MarkAttemptFailedAsync(row, null, $"Could not compose the mail: {e.Message}", CancellationToken.None);
            return;
        }

        if (composition.Skip is { } skip)
        {
            await claims.MarkSkippedAsync(row, skip, cancellationToken);
            return;
        }

        if (composition.Refusal is { } refusal)
        {
            LogRefused(row.Id, row.Kind, refusal);
            await claims.MarkRefusedAsync(row, refusal, cancellationToken);
            return;
        }

        var message = composition.Message!;
        try
        {
            await services.GetRequiredService<IMailTransport>().SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogAttemptFailed(e, row.Id, row.Attempts);
            await claims.MarkAttemptFailedAsync(row, message.Subject, e.Message, CancellationToken.None);
            return;
        }

        await claims.MarkSentAsync(row, message.Subject, CancellationToken.None);
    }

    private static string Cut(string value) => value.Length <= 100 ? value : value[..100];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id}: attempt {Attempt} failed")]
    private partial void LogAttemptFailed(Exception exception, long id, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} ({Kind}) was not sent: {Reason}")]
    private partial void LogRefused(long id, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The mail worker's round failed; it tries again at its next look")]
    private partial void LogRoundFailed(Exception exception);
}
