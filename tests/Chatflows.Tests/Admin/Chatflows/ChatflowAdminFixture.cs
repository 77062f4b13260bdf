using System.Net;
using System.Text.RegularExpressions;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Admin.Chatflows;

/// <summary>One demo host for the chatflow admin tests, with an editor and an agent besides the administrator.</summary>
public sealed partial class ChatflowAdminFixture : IAsyncLifetime
{
    public const string EditorEmail = "editor@chatflows.test";
    public const string AgentEmail = "agent@chatflows.test";
    public const string Password = "Some-Passw0rd!";

    public ChatflowsFactory Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await Host.InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserAdministration>();
            Assert.Empty(await users.CreateOrUpdateAsync(new NewUser(EditorEmail, "Erin Editor", ["Editor"], Password)));
            Assert.Empty(await users.CreateOrUpdateAsync(new NewUser(AgentEmail, "Andy Agent", ["Agent"], Password)));
        });
    }

    public async Task<AdminClient> SignedInAsync(string email = EditorEmail, string password = Password)
    {
        var client = AdminClient.For(Host);
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A new unpublished draft through the store, as the wizard would leave it.</summary>
    public Task<string> DraftAsync(Chatflow flow) => Host.InScopeAsync(async s =>
    {
        var saved = await s.GetRequiredService<ChatflowStore>().CreateOrReplaceAsync(flow, CancellationToken.None);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
        return flow.Id;
    });

    public Task<ChatflowRecord> RecordAsync(string id) =>
        Host.InScopeAsync(async s => (await s.GetRequiredService<ChatflowStore>().FindAsync(id, CancellationToken.None))!);

    /// <summary>The value of the hidden DraftVersion field on a tab.</summary>
    public static string DraftVersionOf(string html) => DraftVersion().Match(html).Groups[1].Value;

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [GeneratedRegex("name=\"DraftVersion\" value=\"([^\"]+)\"")]
    private static partial Regex DraftVersion();
}
