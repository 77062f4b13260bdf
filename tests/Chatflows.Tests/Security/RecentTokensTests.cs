using Chatflows.Live;
using Chatflows.Security;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.AspNetCore.DataProtection;

namespace Chatflows.Tests.Security;

/// <summary>The node's short memory of verified and issued tokens (issue 19): it saves data protection's work, never its checks.</summary>
public sealed class RecentTokensTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_remembered_token_is_forgotten_after_its_age_and_everything_when_the_memory_is_full()
    {
        var time = new ManualTime(Start);
        var tokens = new RecentTokens<string, string>(time, TimeSpan.FromMinutes(10), maxEntries: 2);
        tokens.Remember("a", "visitor-a");

        time.Now = Start.AddMinutes(9);
        Assert.True(tokens.TryGet("a", out var known));
        Assert.Equal("visitor-a", known);
        time.Now = Start.AddMinutes(10);
        Assert.False(tokens.TryGet("a", out _));

        tokens.Remember("b", "visitor-b");
        tokens.Remember("c", "visitor-c");
        tokens.Remember("d", "visitor-d"); // the third past a memory of two: it starts over
        Assert.False(tokens.TryGet("b", out _));
        Assert.True(tokens.TryGet("d", out _));
    }

    [Fact]
    public void A_visitor_token_read_again_gives_the_same_id_and_a_made_up_one_stays_refused()
    {
        var protector = new VisitorIdProtector(new EphemeralDataProtectionProvider(), new ManualTime(Start));
        var id = VisitorIds.New();
        var token = protector.Issue(id);

        Assert.Equal(id, protector.Read(token));
        Assert.Equal(id, protector.Read(token));
        Assert.Null(protector.Read(token[..^2] + "AA"));
        Assert.Null(protector.Read(token[..^2] + "AA"));
    }

    [Fact]
    public void A_stream_token_is_handed_out_again_within_the_hour_and_renewed_after_it()
    {
        var time = new ManualTime(Start);
        var streams = new StreamTokens(new EphemeralDataProtectionProvider(), time);
        var first = streams.Issue("conversation", "visitor");

        time.Now = Start.AddMinutes(59);
        Assert.Equal(first, streams.Issue("conversation", "visitor"));
        Assert.NotEqual(first, streams.Issue("other-conversation", "visitor"));

        time.Now = Start.AddMinutes(61);
        var renewed = streams.Issue("conversation", "visitor");
        Assert.NotEqual(first, renewed);

        // The token handed out again is still good for at least 23 hours: no visitor gets one about to run out.
        time.Now = Start.AddMinutes(59).AddHours(23);
        Assert.Equal("visitor", streams.Read(first, "conversation"));
        time.Now = Start.AddHours(24);
        Assert.Null(streams.Read(first, "conversation"));
        Assert.Equal("visitor", streams.Read(renewed, "conversation"));
    }
}
