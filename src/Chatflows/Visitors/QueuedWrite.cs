namespace Chatflows.Visitors;

/// <summary>
/// A write on a conversation other than a visitor's turn (an agent's reply, a takeover, a read mark, a close, a
/// start), waiting for the node's writer (<see cref="TurnBatcher"/>). Its work runs inside the writer's transaction
/// under a savepoint of its own; its caller hears the result only after the commit.
/// </summary>
internal sealed class QueuedWrite(Func<IServiceProvider, CancellationToken, Task<object?>> work)
{
    private object? _result;
    private Exception? _failure;

    public TaskCompletionSource<object?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Runs the work in the writer's scope; what it returns or throws is kept until the transaction ends.</summary>
    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _failure = null;
        _result = await work(services, cancellationToken);
    }

    public void Failed(Exception failure) => _failure = failure;

    /// <summary>The transaction committed: the caller hears its result, or the failure its savepoint rolled back.</summary>
    public void Committed()
    {
        if (_failure is null)
        {
            Completion.TrySetResult(_result);
        }
        else
        {
            Completion.TrySetException(_failure);
        }
    }
}
