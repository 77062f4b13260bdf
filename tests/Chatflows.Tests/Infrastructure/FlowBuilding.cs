using System.Text.Json;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Infrastructure;

/// <summary>Small flows written inline in tests, stored and published through the real store.</summary>
public static class FlowBuilding
{
    public static FlowAction Action(string id, string type, object settings, string? next = null, params Branch[] branches) => new()
    {
        Id = id,
        Type = type,
        Settings = JsonSerializer.SerializeToNode(settings, FlowJson.Options)!.AsObject(),
        Next = next,
        Branches = branches,
    };

    public static Branch OnOutcome(string outcome, string goTo) =>
        new(new Condition { Source = ConditionSource.Outcome, Value = outcome }, goTo);

    public static Chatflow Flow(string id, string welcome, params FlowAction[] actions) => new()
    {
        Id = id,
        Name = $"Test {id}",
        Language = "en",
        WelcomeMessage = welcome,
        Actions = actions,
        Options = new FlowOptions { TypingDelayMs = 0 },
    };

    /// <summary>Stores, publishes and switches on the flow; fails the test when the store refuses.</summary>
    public static async Task PublishAsync(ChatflowsFactory host, Chatflow flow)
    {
        await host.InScopeAsync(async services =>
        {
            var store = services.GetRequiredService<ChatflowStore>();
            var saved = await store.CreateOrReplaceAsync(flow, CancellationToken.None);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
            var published = await store.PublishAsync(flow.Id, CancellationToken.None);
            Assert.True(published.Published, string.Join("; ", published.Findings.Select(f => f.Message)));
            Assert.True(await store.SetEnabledAsync(flow.Id, true, CancellationToken.None));
        });
    }

    /// <summary>Publishes the flow with priority 0, so it wins over the demo's concierge wherever both match.</summary>
    public static async Task PublishFirstAsync(ChatflowsFactory host, Chatflow flow)
    {
        await PublishAsync(host, flow);
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ChatflowsDbContext>();
            var record = await db.Chatflows.SingleAsync(c => c.Id == flow.Id);
            record.Priority = 0;
            await db.SaveChangesAsync();
        });
    }
}
