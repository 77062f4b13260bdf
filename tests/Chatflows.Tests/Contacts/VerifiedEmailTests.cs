using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors.Identification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Contacts;

/// <summary>
/// #17: an address a visitor typed is a claim, an identity token's is verified. A token matches contacts on
/// verified addresses only, so nobody can plant a contact that the real owner's identified visit then adopts.
/// </summary>
public sealed class VerifiedEmailTests : IAsyncLifetime
{
    private const string Secret = "verified-email-tests-secret-0123456789";
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task A_verified_token_does_not_adopt_a_contact_whose_address_a_visitor_typed()
    {
        var planted = await PersonScenario.WriteAsync(_host, "Mallory", "Planter", "noor@example.com", "I am Noor, honestly");

        var contactId = await IdentifiedContactAsync("Noor@Example.com");

        var contacts = await ContactsAsync();
        Assert.NotEqual(planted.ContactId, contactId);
        var typed = contacts.Single(c => c.Id == planted.ContactId);
        var verified = contacts.Single(c => c.Id == contactId);
        Assert.Equal(("noor@example.com", null), (typed.Email, typed.VerifiedEmail));
        Assert.Equal(planted.VisitorId, typed.VisitorId);
        Assert.Equal(("noor@example.com", "noor@example.com"), (verified.Email, verified.VerifiedEmail));
        Assert.DoesNotContain("Mallory", verified.PropertiesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_identified_visits_with_the_same_verified_address_are_one_contact()
    {
        var first = await IdentifiedContactAsync("ines@example.com");

        var second = await IdentifiedContactAsync("ines@example.com");

        Assert.Equal(first, second);
    }

    private async Task<long> IdentifiedContactAsync(string email)
    {
        var token = IdentityTokens.Create(Secret, new VisitorIdentity(email, "Noor El Amrani", null, DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()));
        var (_, start) = await VisitorClient.For(_host).StartAsync(identityToken: token);
        var conversationId = start.GetProperty("conversationId").GetString()!;
        return await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations
            .Where(c => c.Id == conversationId).Select(c => c.ContactId!.Value).SingleAsync());
    }

    private Task<List<ContactRecord>> ContactsAsync() =>
        _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Contacts.AsNoTracking().ToListAsync());

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Identification:Secret"] = Secret });
        await PersonScenario.PrepareAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
