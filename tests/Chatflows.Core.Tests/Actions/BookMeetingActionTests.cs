using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Ports;
using Chatflows.Core.Tests.TestPorts;
using Chatflows.Core.Text;
using NodaTime;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Actions;

public sealed class BookMeetingActionTests
{
    private static readonly BuiltInTexts English = BuiltInTexts.For("en");

    private static readonly Dictionary<string, string> Anna = new()
    {
        ["firstname"] = "Anna",
        ["lastname"] = "de Boer",
        ["email"] = "anna@example.com",
    };

    private readonly TestEngine _engine = new();

    [Fact]
    public async Task No_free_slots_ends_with_NoSlots()
    {
        var conversation = _engine.Start(MeetingFlow());

        var texts = await conversation.OpenAsync();

        Assert.Equal(["There are no free times to book right now.", "Outcome: NoSlots"], texts);
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "meeting", "NoSlots"), conversation.Events);
    }

    [Fact]
    public async Task Free_slots_are_offered_as_quick_replies_and_payload()
    {
        _engine.Meetings.WithSlots(_engine.Now + Duration.FromHours(1), 8);
        var conversation = _engine.Start(MeetingFlow(new BookMeetingSettings(UserId: "u1", Intro: "When suits you, {{ contact.firstname }}?", MaxSlots: 3)), Anna);

        await conversation.OpenAsync();

        var reply = Assert.Single(conversation.Last!.Replies);
        Assert.Equal(BotReplyKind.MeetingSlots, reply.Kind);
        Assert.Equal("When suits you, Anna?", reply.Text);
        Assert.Equal(["Slot 1", "Slot 2", "Slot 3", English.NoneOfTheseTimes], reply.QuickReplies.Select(q => q.Label));
        Assert.Equal(["slot-1", "slot-2", "slot-3", "cancel"], reply.QuickReplies.Select(q => q.EffectiveValue));
        var slots = reply.Payload!["slots"]!.AsArray();
        Assert.Equal(["slot-1", "slot-2", "slot-3"], slots.Select(s => (string)s!["id"]!));
        Assert.Equal("Slot 1", (string)slots[0]!["label"]!);
        Assert.Equal("2026-11-25T11:00:00Z", (string)slots[0]!["start"]!);
        Assert.Equal(ConversationStatus.WaitingForVisitor, conversation.State!.Status);
    }

    [Theory]
    [InlineData("slot-2")]
    [InlineData("SLOT 2")]
    public async Task Picking_a_slot_books_it_when_the_email_is_known(string choice)
    {
        _engine.Meetings.WithSlots(_engine.Now + Duration.FromHours(1), 3);
        var conversation = _engine.Start(MeetingFlow(), Anna);
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync(choice);

        var booked = Assert.Single(_engine.Meetings.Booked);
        Assert.Equal(("slot-2", "Anna de Boer", "anna@example.com"), (booked.Slot.Id, booked.Name, booked.Email));
        Assert.Equal(["You're booked with Sanne de Vries on Slot 2. The invitation is on its way.", "Outcome: Booked"], texts);
        Assert.Equal("/meetings/M-1.ics", (string)conversation.Last!.Replies[0].Payload!["invitationUrl"]!);
        Assert.Contains(new FlowEvent(FlowEventKind.MeetingBooked, "meeting", "M-1"), conversation.Events);
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "meeting", "Booked"), conversation.Events);
        var booking = Assert.IsType<BookMeeting>(Assert.Single(conversation.SideEffects));
        Assert.Equal(("M-1", "u1", booked.Slot.Start, "Anna de Boer", "anna@example.com"), (booking.Reference, booking.HostUserId, booking.Start, booking.VisitorName, booking.VisitorEmail));
    }

    [Fact]
    public async Task Picking_a_slot_without_a_known_email_asks_for_it_and_then_books()
    {
        _engine.Meetings.WithSlots(_engine.Now + Duration.FromHours(1), 3);
        var conversation = _engine.Start(MeetingFlow());
        await conversation.OpenAsync();

        await conversation.SayAsync("slot-1");
        var question = Assert.Single(conversation.Last!.Replies);
        await conversation.SayAsync("not an address");
        var invalid = Assert.Single(conversation.Last.Replies);
        var texts = await conversation.SayAsync(" Anna@Example.com ");

        Assert.Equal((BotReplyKind.Question, English.AskEmailForInvitation, "email"), (question.Kind, question.Text, question.InputHint));
        Assert.Equal((BotReplyKind.Invalid, English.InvalidEmail, "email"), (invalid.Kind, invalid.Text, invalid.InputHint));
        var booked = Assert.Single(_engine.Meetings.Booked);
        Assert.Collection(conversation.SideEffects,
            e => Assert.Equal(new SetContactProperty("email", "anna@example.com"), e),
            e => Assert.Equal(("anna@example.com", booked.Slot.Start), (Assert.IsType<BookMeeting>(e).VisitorEmail, ((BookMeeting)e).Start)));
        Assert.Equal(("slot-1", "anna@example.com", "anna@example.com"), (booked.Slot.Id, booked.Name, booked.Email));
        Assert.Equal("Outcome: Booked", texts[^1]);
    }

    [Fact]
    public async Task Slot_someone_else_booked_first_is_refused_and_the_next_slots_are_offered()
    {
        var meetings = new InMemoryMeetingScheduler().WithSlots(_engine.Now + Duration.FromHours(1), 3);
        var scheduler = new SomeoneElseFirstScheduler(meetings, "slot-1");
        var runner = new FlowRunner(new ActionCatalog([new BookMeetingAction(scheduler), new SendMessageAction()]), new MessageTemplates());
        var flow = runner.Compile(MeetingFlow());
        var environment = new TurnEnvironment(_engine.Now, TeamAvailability.Available, () => "R-1");
        var opened = await runner.RunAsync(flow, ConversationState.Start(Anna, null, _engine.Now), TurnInput.Start, environment);

        var refused = await runner.RunAsync(flow, opened.State, TurnInput.Message("slot-1"), environment);
        var booked = await runner.RunAsync(flow, refused.State, TurnInput.Message("slot-2"), environment);

        var reply = Assert.Single(refused.Replies);
        Assert.Equal(BotReplyKind.MeetingSlots, reply.Kind);
        Assert.Equal(English.SlotTaken, reply.Text);
        Assert.Equal(["slot-2", "slot-3", "cancel"], reply.QuickReplies.Select(q => q.EffectiveValue));
        Assert.Equal("meeting", refused.State.WaitingOn);
        Assert.Equal(["someone else", "anna@example.com"], meetings.Booked.Select(b => b.Email));
        Assert.Contains(new FlowEvent(FlowEventKind.MeetingBooked, "meeting", "M-2"), booked.Events);
    }

    [Fact]
    public async Task Slot_no_longer_free_is_not_booked_and_the_free_slots_are_offered_again()
    {
        _engine.Meetings.WithSlots(_engine.Now + Duration.FromHours(1), 3);
        var conversation = _engine.Start(MeetingFlow(), Anna);
        await conversation.OpenAsync();
        _engine.Meetings.Free.RemoveAt(0);

        await conversation.SayAsync("slot-1");

        var reply = Assert.Single(conversation.Last!.Replies);
        Assert.Equal(BotReplyKind.MeetingSlots, reply.Kind);
        Assert.Equal(["slot-2", "slot-3", "cancel"], reply.QuickReplies.Select(q => q.EffectiveValue));
        Assert.Empty(_engine.Meetings.Booked);
        Assert.Equal("meeting", conversation.State!.WaitingOn);
    }

    [Fact]
    public async Task Text_that_is_not_a_slot_offers_the_slots_again()
    {
        _engine.Meetings.WithSlots(_engine.Now + Duration.FromHours(1), 2);
        var conversation = _engine.Start(MeetingFlow(), Anna);
        await conversation.OpenAsync();

        await conversation.SayAsync("next tuesday?");

        var reply = Assert.Single(conversation.Last!.Replies);
        Assert.Equal(English.ChooseAnOption, reply.Text);
        Assert.Equal(3, reply.QuickReplies.Count);
        Assert.Empty(_engine.Meetings.Booked);
    }

    [Theory]
    [InlineData("en", "cancel")]
    [InlineData("en", "none of these times")]
    [InlineData("nl", "Geen van deze tijden")]
    public async Task Declining_the_slots_ends_with_Cancelled(string language, string input)
    {
        _engine.Meetings.WithSlots(_engine.Now + Duration.FromHours(1), 2);
        var conversation = _engine.Start(MeetingFlow() with { Language = language }, Anna);
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync(input);

        Assert.Equal(["Outcome: Cancelled"], texts);
        Assert.Empty(_engine.Meetings.Booked);
    }

    private static Chatflow MeetingFlow(BookMeetingSettings? settings = null) => Create(
        Action("meeting", "bookMeeting", settings ?? new BookMeetingSettings(UserId: "u1"), null,
            IfOutcome("Booked", "booked"), IfOutcome("NoSlots", "no-slots"), IfOutcome("Cancelled", "cancelled")),
        Say("booked", "Outcome: Booked"),
        Say("no-slots", "Outcome: NoSlots"),
        Say("cancelled", "Outcome: Cancelled"));

    /// <summary>Another visitor books <paramref name="slotId"/> just before ours does: the race the scheduler must refuse.</summary>
    private sealed class SomeoneElseFirstScheduler(InMemoryMeetingScheduler inner, string slotId) : IMeetingScheduler
    {
        public ValueTask<IReadOnlyList<MeetingSlot>> GetSlotsAsync(MeetingTarget target, Instant from, int maxSlots, CancellationToken cancellationToken) =>
            inner.GetSlotsAsync(target, from, maxSlots, cancellationToken);

        public async ValueTask<BookMeeting?> PrepareAsync(MeetingTarget target, MeetingSlot slot, string name, string email, CancellationToken cancellationToken)
        {
            if (slot.Id == slotId && inner.Booked.Count == 0)
            {
                await inner.PrepareAsync(target, slot, "Someone", "someone else", cancellationToken);
            }

            return await inner.PrepareAsync(target, slot, name, email, cancellationToken);
        }
    }
}
