using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Storage;

/// <summary>"2xx means committed": through a kill -9 of the process, and by default through a power cut.</summary>
public sealed class SqliteDurabilityTests
{
    [Theory]
    [InlineData(null, 2L)]
    [InlineData("Normal", 1L)]
    public async Task Every_connection_syncs_as_configured_and_full_is_the_default(string? setting, long expected)
    {
        var settings = setting is null ? null : new Dictionary<string, string?> { ["Chatflows:Database:SqliteSynchronous"] = setting };
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: settings);

        var synchronous = await host.InScopeAsync(services => services.GetRequiredService<ChatflowsDbContext>().Database
            .SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync());

        Assert.Equal(expected, synchronous);
    }

    [Fact]
    public async Task Every_acknowledged_message_is_stored_once_after_a_kill_during_writes()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var acknowledged = new ConcurrentBag<(string Conversation, string Visitor, string Text)>();
        await using (var host = HostProcess.Start(database))
        {
            Assert.True(await host.WaitHealthyAsync(TimeSpan.FromMinutes(3)), host.Output);
            using var http = new HttpClient { BaseAddress = host.Address };
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 8).Select(w => WriteUntilStoppedAsync(http, w, acknowledged, stop.Token)).ToList();
            while (acknowledged.Count < 200 && writers.All(t => !t.IsCompleted))
            {
                await Task.Delay(20);
            }

            await host.KillAsync(); // in the middle of the writers' requests
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        await using var next = HostProcess.Start(database);
        Assert.True(await next.WaitHealthyAsync(TimeSpan.FromMinutes(3)), next.Output);
        using var reader = new HttpClient { BaseAddress = next.Address };
        var missingOrTwice = new List<string>();
        foreach (var group in acknowledged.GroupBy(a => (a.Conversation, a.Visitor)))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/chatflows/api/conversations/{group.Key.Conversation}/messages");
            request.Headers.Add("X-Chatflows-Visitor", group.Key.Visitor);
            var body = await VisitorClient.BodyAsync(await reader.SendAsync(request));
            var texts = VisitorClient.Texts(body);
            missingOrTwice.AddRange(group.Where(a => texts.Count(t => t == a.Text) != 1).Select(a => a.Text));
        }

        Assert.True(acknowledged.Count >= 200);
        Assert.Empty(missingOrTwice);
    }

    private static async Task WriteUntilStoppedAsync(
        HttpClient http, int writer, ConcurrentBag<(string, string, string)> acknowledged, CancellationToken stop)
    {
        try
        {
            var start = await http.PostAsJsonAsync("/chatflows/api/conversations", new { chatflowId = "concierge", pageUrl = "http://localhost/" }, stop);
            var body = await VisitorClient.BodyAsync(start);
            var conversation = body.GetProperty("conversationId").GetString()!;
            var visitor = body.GetProperty("visitorId").GetString()!;
            for (var i = 0; ; i++)
            {
                var text = $"writer {writer} message {i}";
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/chatflows/api/conversations/{conversation}/messages")
                {
                    Content = JsonContent.Create(new { clientMessageId = $"w{writer}-{i}", text }),
                };
                request.Headers.Add("X-Chatflows-Visitor", visitor);
                using var response = await http.SendAsync(request, stop);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    acknowledged.Add((conversation, visitor, text));
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            // The server died under the request: it was not acknowledged, so nothing is promised about it.
        }
    }
}
