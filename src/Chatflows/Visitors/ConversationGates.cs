namespace Chatflows.Visitors;

/// <summary>
/// Turns of one conversation on this node, one at a time in arrival order, so a turn always runs on the state
/// its predecessor stored. Turns of other conversations never wait here: each conversation has its own gate,
/// kept only while someone holds or waits for it.
/// </summary>
public sealed class ConversationGates
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the conversation's earlier turns on this node; disposing the result lets the next one in.</summary>
    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(conversationId, out gate!))
            {
                _gates[conversationId] = gate = new Gate();
            }

            gate.Users++;
        }

        try
        {
            // SemaphoreSlim lets its waiters in first come, first served.
            await gate.Turn.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(conversationId, gate, entered: false);
            throw;
        }

        return new Entered(this, conversationId, gate);
    }

    private void Leave(string conversationId, Gate gate, bool entered)
    {
        if (entered)
        {
            gate.Turn.Release();
        }

        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(conversationId);
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Entered(ConversationGates gates, string conversationId, Gate gate) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                gates.Leave(conversationId, gate, entered: true);
            }
        }
    }
}
