using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Chatflows.Users;

/// <summary>
/// Counts failed staff sign-ins per account-and-address and per address, never per account alone: an attacker
/// elsewhere can then slow down only themselves, never lock the real user out (ASVS 2.2.1). Unknown e-mails count
/// exactly like known ones, so the throttle reveals nothing about which accounts exist. Counts live in this node's
/// memory; several nodes each allow their share.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInOptions> options, TimeProvider time)
{
    private const int MaxTracked = 100_000;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>True when this address may try this account now.</summary>
    public bool Allows(string email, string address) =>
        Count(AccountKey(email, address)) < options.Value.FailuresPerAccountAndAddress
        && Count(AddressKey(address)) < options.Value.FailuresPerAddress;

    public void Failed(string email, string address)
    {
        if (_failures.Count >= MaxTracked)
        {
            Forget();
        }

        Add(AccountKey(email, address));
        Add(AddressKey(address));
    }

    /// <summary>A success clears the account's count from this address; the address's count runs out by itself.</summary>
    public void Succeeded(string email, string address) => _failures.TryRemove(AccountKey(email, address), out _);

    private int Count(string key) => _failures.TryGetValue(key, out var failures) ? failures.Count(time.GetUtcNow() - options.Value.Window) : 0;

    private void Add(string key) => _failures.GetOrAdd(key, _ => new Failures()).Add(time.GetUtcNow());

    private void Forget()
    {
        var since = time.GetUtcNow() - options.Value.Window;
        foreach (var (key, failures) in _failures)
        {
            if (failures.Count(since) == 0)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static string AccountKey(string email, string address) => $"{email.Trim().ToUpperInvariant()}|{address}";

    private static string AddressKey(string address) => $"|{address}";

    private sealed class Failures
    {
        private readonly Queue<DateTimeOffset> _times = new();

        public int Count(DateTimeOffset since)
        {
            lock (_times)
            {
                while (_times.Count > 0 && _times.Peek() < since)
                {
                    _times.Dequeue();
                }

                return _times.Count;
            }
        }

        public void Add(DateTimeOffset at)
        {
            lock (_times)
            {
                _times.Enqueue(at);
                if (_times.Count > 1000)
                {
                    _times.Dequeue();
                }
            }
        }
    }
}
