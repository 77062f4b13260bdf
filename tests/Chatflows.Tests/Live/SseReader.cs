using System.Net.ServerSentEvents;
using System.Threading.Channels;

namespace Chatflows.Tests.Live;

/// <summary>
/// Reads a Server-Sent Events response as EventSource would, on a background task, so a test can wait
/// for the next event of a kind with a timeout (and prove nothing else arrived).
/// </summary>
public sealed class SseReader : IAsyncDisposable
{
    private readonly Channel<SseItem<string>> _items = System.Threading.Channels.Channel.CreateUnbounded<SseItem<string>>();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpResponseMessage _response;
    private readonly Task _reader;

    private SseReader(HttpResponseMessage response)
    {
        _response = response;
        _reader = Task.Run(async () =>
        {
            try
            {
                await using var body = await response.Content.ReadAsStreamAsync(_stop.Token);
                await foreach (var item in SseParser.Create(body).EnumerateAsync(_stop.Token))
                {
                    await _items.Writer.WriteAsync(item);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
            {
            }
            finally
            {
                _items.Writer.TryComplete();
            }
        });
    }

    public HttpResponseMessage Response => _response;

    public static async Task<SseReader> OpenAsync(HttpClient http, string path, string? lastEventId = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new SseReader(response);
    }

    /// <summary>The next event of <paramref name="type"/>, skipping others; throws on timeout or end of stream.</summary>
    public async Task<SseItem<string>> NextAsync(string type, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var item = await _items.Reader.ReadAsync(cancel.Token);
            if (item.EventType == type)
            {
                return item;
            }
        }
    }

    /// <summary>Every event, of any type, up to and including the first <paramref name="type"/> event whose data matches.</summary>
    public async Task<IReadOnlyList<SseItem<string>>> UntilAsync(string type, Func<string, bool> matches, TimeSpan? timeout = null)
    {
        List<SseItem<string>> items = [];
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var item = await _items.Reader.ReadAsync(cancel.Token);
            items.Add(item);
            if (item.EventType == type && matches(item.Data))
            {
                return items;
            }
        }
    }

    /// <summary>Every event of <paramref name="type"/> that arrives within <paramref name="window"/>.</summary>
    public async Task<IReadOnlyList<SseItem<string>>> CollectAsync(string type, TimeSpan window)
    {
        List<SseItem<string>> items = [];
        using var cancel = new CancellationTokenSource(window);
        try
        {
            while (true)
            {
                var item = await _items.Reader.ReadAsync(cancel.Token);
                if (item.EventType == type)
                {
                    items.Add(item);
                }
            }
        }
        catch (OperationCanceledException)
        {
            return items;
        }
        catch (ChannelClosedException)
        {
            return items;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _reader;
        _stop.Dispose();
    }
}
