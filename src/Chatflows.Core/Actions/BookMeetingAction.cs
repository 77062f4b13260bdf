using System.Text.Json.Nodes;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Ports;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Actions;

/// <summary>
/// Offers the next free meeting slots of a person or team and books the one the visitor picks (B2).
/// Asks for an e-mail first when the contact has none. The booking is a side effect the module stores with
/// the turn; a slot someone else took in the meantime is no longer offered when the turn runs (again, if
/// the module found it taken while writing), and the visitor is offered the next ones.
/// </summary>
public sealed class BookMeetingAction(IMeetingScheduler scheduler) : BotAction<BookMeetingSettings>
{
    private const string PendingSlot = "meeting_pending_slot";
    private const string OfferedSlots = "meeting_offered_slots";
    private const string Cancel = "cancel";

    /// <summary>
    /// The contact property holding the visitor's IANA time zone, which the widget reports when it starts a
    /// conversation (a contact property, not a variable, because a restart keeps what is known of the contact).
    /// </summary>
    public const string TimeZoneProperty = "timezone";

    public override string Name => "bookMeeting";

    public override string Category => "Hand-off";

    public override IReadOnlyList<string> Outcomes { get; } = ["Booked", "NoSlots", "Cancelled"];

    public override bool WaitsForVisitor => true;

    protected override IEnumerable<FieldError> Validate(BookMeetingSettings settings, ActionValidationContext context)
    {
        if (settings.UserId is null && settings.TeamId is null)
        {
            yield return new("userId", ValidationTexts.MeetingWhose());
        }

        foreach (var error in context.CheckText("intro", settings.Intro)
            .Concat(context.CheckText("noSlotsMessage", settings.NoSlotsMessage))
            .Concat(context.CheckText("confirmation", settings.Confirmation)))
        {
            yield return error;
        }
    }

    protected override async ValueTask<ActionResult> ExecuteAsync(ActionContext context, BookMeetingSettings settings, CancellationToken cancellationToken)
    {
        var target = new MeetingTarget(
            settings.UserId, settings.TeamId, settings.MeetingTypeId, context.ContactProperty(TimeZoneProperty), context.ConversationId, context.Flow.Language);
        if (!context.IsResuming)
        {
            return await OfferAsync(context, settings, target, settings.Intro, cancellationToken);
        }

        var input = context.Input!.Trim();
        if (context.Variable(PendingSlot) is { Length: > 0 } pending)
        {
            var email = AnswerParser.Parse(input, new AskQuestionSettings { Format = AnswerFormat.Email }, context.Texts, out var problem);
            if (email is null)
            {
                context.Say(problem, BotReplyKind.Invalid, inputHint: "email");
                return ActionResult.WaitForVisitor;
            }

            context.SetContactProperty("email", email);
            context.SetVariable(PendingSlot, "");
            input = pending;
        }

        if (string.Equals(input, Cancel, StringComparison.OrdinalIgnoreCase) || string.Equals(input, context.Texts.NoneOfTheseTimes, StringComparison.OrdinalIgnoreCase))
        {
            return ActionResult.WithOutcome("Cancelled");
        }

        var slots = await scheduler.GetSlotsAsync(target, context.Now, settings.MaxSlots, cancellationToken);
        var slot = slots.FirstOrDefault(s => s.Id == input || string.Equals(s.Label, input, StringComparison.OrdinalIgnoreCase));
        if (slot is null)
        {
            // A time we offered that is gone was taken meanwhile; anything else was not a choice at all.
            var offered = (context.Variable(OfferedSlots) ?? "").Split(' ');
            return await OfferAsync(context, settings, target, offered.Contains(input) ? context.Texts.SlotTaken : context.Texts.ChooseAnOption, cancellationToken);
        }

        if (string.IsNullOrEmpty(context.ContactProperty("email")))
        {
            context.SetVariable(PendingSlot, slot.Id);
            context.Say(context.Texts.AskEmailForInvitation, BotReplyKind.Question, inputHint: "email");
            return ActionResult.WaitForVisitor;
        }

        var name = $"{context.ContactProperty("firstname")} {context.ContactProperty("lastname")}".Trim();
        var booking = await scheduler.PrepareAsync(target, slot, name.Length > 0 ? name : context.ContactProperty("email")!, context.ContactProperty("email")!, cancellationToken);
        if (booking is null)
        {
            return await OfferAsync(context, settings, target, context.Texts.SlotTaken, cancellationToken);
        }

        context.Request(booking);
        context.SetVariable("meeting_reference", booking.Reference);
        context.SetVariable("meeting_with", booking.WithName);
        context.SetVariable("meeting_time", slot.Label);
        context.Say(settings.Confirmation, payload: new JsonObject { ["invitationUrl"] = booking.InvitationUrl, ["reference"] = booking.Reference });
        context.Record(FlowEventKind.MeetingBooked, booking.Reference);
        return ActionResult.WithOutcome("Booked");
    }

    private async ValueTask<ActionResult> OfferAsync(
        ActionContext context, BookMeetingSettings settings, MeetingTarget target, string text, CancellationToken cancellationToken)
    {
        var slots = await scheduler.GetSlotsAsync(target, context.Now, settings.MaxSlots, cancellationToken);
        if (slots.Count == 0)
        {
            context.Say(settings.NoSlotsMessage);
            return ActionResult.WithOutcome("NoSlots");
        }

        var payload = new JsonObject
        {
            ["slots"] = new JsonArray([.. slots.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["start"] = s.Start.ToString(),
                ["end"] = s.End.ToString(),
                ["label"] = s.Label,
            })]),
        };
        List<QuickReply> choices = [.. slots.Select(s => new QuickReply(s.Label, s.Id)), new QuickReply(context.Texts.NoneOfTheseTimes, Cancel)];
        context.SetVariable(OfferedSlots, string.Join(' ', slots.Select(s => s.Id)));
        context.Say(text, BotReplyKind.MeetingSlots, choices, payload: payload);
        return ActionResult.WaitForVisitor;
    }
}
