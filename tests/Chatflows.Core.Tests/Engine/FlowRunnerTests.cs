using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Ports;
using Chatflows.Core.Tests.TestPorts;
using NodaTime;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Engine;

public sealed class FlowRunnerTests
{
    private readonly TestEngine _engine = new();

    [Fact]
    public async Task Welcome_message_comes_first_then_the_first_action()
    {
        var flow = Create(Say("intro", "I'm the Ledgerly bot.", "ask"), Ask("ask", "Sales or support?")) with
        {
            WelcomeMessage = "Hi {{ contact.firstname | default: \"there\" }}!",
            WelcomeQuickReplies = [new("Pricing")],
        };
        var conversation = _engine.Start(flow);

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Hi there!", "I'm the Ledgerly bot.", "Sales or support?"], texts);
        var welcome = conversation.Last!.Replies[0];
        Assert.Null(welcome.ActionId);
        Assert.Equal("Pricing", Assert.Single(welcome.QuickReplies).Label);
        Assert.Equal(["intro", "ask"], conversation.Last.Replies.Skip(1).Select(r => r.ActionId));
    }

    [Fact]
    public async Task Start_action_overrides_the_first_action()
    {
        var flow = Create(Say("first", "First"), Say("second", "Second")) with { StartActionId = "second" };
        var conversation = _engine.Start(flow);

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Second"], texts);
    }

    [Fact]
    public async Task Runs_until_a_question_and_waits_for_the_visitor()
    {
        var conversation = _engine.Start(Create(Ask("ask", "Sales or support?", "after"), Say("after", "Thanks")));

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Sales or support?"], texts);
        Assert.Equal(ConversationStatus.WaitingForVisitor, conversation.State!.Status);
        Assert.Equal("ask", conversation.State.WaitingOn);
        Assert.False(conversation.State.Completed);
        Assert.DoesNotContain(conversation.Events, e => e.ActionId == "after");
    }

    [Fact]
    public async Task Answer_resumes_the_waiting_question_and_the_flow_goes_on()
    {
        var conversation = _engine.Start(Create(Ask("ask", "What brings you here?", "after"), Say("after", "Thanks, noted: {{ vars.ask }}")));
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync("Invoices");

        Assert.Equal(["Thanks, noted: Invoices"], texts);
        Assert.Equal("Invoices", conversation.State!.LastAnswer);
    }

    public static TheoryData<Branch, string> AnswerBranches => new()
    {
        { IfAnswer(ConditionOperator.Equals, "sales", "matched"), "  SALES " },
        { IfAnswer(ConditionOperator.NotEquals, "sales", "matched"), "support" },
        { IfAnswer(ConditionOperator.Contains, "invoice", "matched"), "My INVOICE is wrong" },
        { IfAnswer(ConditionOperator.DoesNotContain, "invoice", "matched"), "My order is late" },
        { new Branch(new Condition { Operator = ConditionOperator.IsOneOf, Values = ["demo", "pricing "] }, "matched"), "Pricing" },
        { IfAnswer(ConditionOperator.IsNotEmpty, null, "matched"), "anything" },
        { IfAnswer(ConditionOperator.GreaterThan, "1", "matched"), "1,5" },
        { IfAnswer(ConditionOperator.LessThan, "2", "matched"), "1,5" },
        { IfAnswer(ConditionOperator.GreaterThan, "1,25", "matched"), "1.5" },
        { IfAnswer(ConditionOperator.GreaterThanOrEqual, "50", "matched"), "50" },
        { IfAnswer(ConditionOperator.LessThanOrEqual, "10", "matched"), "10.0" },
    };

    [Theory]
    [MemberData(nameof(AnswerBranches))]
    public async Task Branch_on_the_answer_that_holds_is_taken(Branch branch, string answer)
    {
        var conversation = _engine.Start(RoutingFlow(Ask("ask", "?", "fallback", branch)));
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync(answer);

        Assert.Equal(["Matched"], texts);
    }

    public static TheoryData<Branch, string> AnswerBranchesThatFail => new()
    {
        { IfAnswer(ConditionOperator.Equals, "sales", "matched"), "salesforce" },
        { IfAnswer(ConditionOperator.Contains, "invoice", "matched"), "My order is late" },
        { new Branch(new Condition { Operator = ConditionOperator.IsOneOf, Values = ["demo", "pricing"] }, "matched"), "support" },
        { IfAnswer(ConditionOperator.GreaterThan, "50", "matched"), "lots" },
        { IfAnswer(ConditionOperator.LessThan, "50", "matched"), "lots" },
        { IfAnswer(ConditionOperator.GreaterThan, "1,5", "matched"), "1.5" },
        { IfAnswer(ConditionOperator.LessThanOrEqual, "10", "matched"), "10,01" },
    };

    [Theory]
    [MemberData(nameof(AnswerBranchesThatFail))]
    public async Task Without_a_branch_that_holds_the_flow_goes_to_next(Branch branch, string answer)
    {
        var conversation = _engine.Start(RoutingFlow(Ask("ask", "?", "fallback", branch)));
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync(answer);

        Assert.Equal(["Fallback"], texts);
    }

    [Theory]
    [InlineData("an apple and a banana", "Matched")]
    [InlineData("just a banana", "Other")]
    [InlineData("cherries", "Fallback")]
    public async Task First_branch_that_holds_wins(string answer, string expected)
    {
        var conversation = _engine.Start(RoutingFlow(Ask("ask", "Fruit?", "fallback",
            IfAnswer(ConditionOperator.Contains, "apple", "matched"),
            IfAnswer(ConditionOperator.Contains, "banana", "other"),
            IfAnswer(ConditionOperator.Contains, "a", "matched"))));
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync(answer);

        Assert.Equal([expected], texts);
    }

    [Fact]
    public async Task Branch_on_the_answer_after_a_message_sees_the_last_answer()
    {
        var conversation = _engine.Start(RoutingFlow(
            Ask("ask", "Sales or support?", "check"),
            Say("check", "Let me see.", "fallback", IfAnswer(ConditionOperator.Equals, "support", "matched"))));
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync("Support");

        Assert.Equal(["Let me see.", "Matched"], texts);
    }

    [Fact]
    public async Task Empty_answer_branch_holds_before_any_answer()
    {
        var conversation = _engine.Start(RoutingFlow(Say("start", "Hi", "fallback", IfAnswer(ConditionOperator.IsEmpty, null, "matched"))));

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Hi", "Matched"], texts);
    }

    [Theory]
    [InlineData("customer", "Matched")]
    [InlineData("lead", "Fallback")]
    public async Task Branch_on_a_contact_property(string stage, string expected)
    {
        var flow = RoutingFlow(Say("start", "Hi", "fallback",
            If(ConditionSource.ContactProperty, ConditionOperator.Equals, "customer", "matched", property: "LifecycleStage")));
        var conversation = _engine.Start(flow, new Dictionary<string, string> { ["lifecyclestage"] = stage });

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Hi", expected], texts);
    }

    [Fact]
    public async Task Branch_on_a_missing_contact_property_sees_it_as_empty()
    {
        var flow = RoutingFlow(Say("start", "Hi", "fallback",
            If(ConditionSource.ContactProperty, ConditionOperator.IsEmpty, null, "matched", property: "email")));
        var conversation = _engine.Start(flow);

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Hi", "Matched"], texts);
    }

    [Theory]
    [InlineData("120", "Matched")]
    [InlineData("12", "Fallback")]
    public async Task Branch_on_a_variable_saved_by_a_question(string answer, string expected)
    {
        var conversation = _engine.Start(RoutingFlow(
            Ask("ask", new AskQuestionSettings { Text = "How many employees?", SaveAs = "employees" }, "check"),
            Say("check", "Thanks.", "fallback", If(ConditionSource.Variable, ConditionOperator.GreaterThanOrEqual, "50", "matched", property: "employees"))));
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync(answer);

        Assert.Equal(["Thanks.", expected], texts);
    }

    [Theory]
    [InlineData(TeamAvailability.Available, "Available")]
    [InlineData(TeamAvailability.Away, "Away")]
    [InlineData(TeamAvailability.Offline, "Offline")]
    [InlineData(TeamAvailability.AtCapacity, "At capacity")]
    public async Task Branch_on_team_availability(TeamAvailability availability, string expected)
    {
        _engine.Availability = availability;
        var flow = Create(
            Say("start", "Hi", null,
                If(ConditionSource.Availability, ConditionOperator.Equals, "available", "available"),
                If(ConditionSource.Availability, ConditionOperator.Equals, "away", "away"),
                If(ConditionSource.Availability, ConditionOperator.Equals, "offline", "offline"),
                If(ConditionSource.Availability, ConditionOperator.Equals, "atCapacity", "at-capacity")),
            Say("available", "Available"),
            Say("away", "Away"),
            Say("offline", "Offline"),
            Say("at-capacity", "At capacity"));
        var conversation = _engine.Start(flow);

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Hi", expected], texts);
    }

    [Theory]
    [InlineData("unavailable", "Matched")]
    [InlineData("HandedOff", "Fallback")]
    public async Task Branch_on_the_outcome(string outcome, string expected)
    {
        var conversation = _engine.Start(RoutingFlow(Action("team", "sendToTeam", new SendToTeamSettings(), "fallback", IfOutcome(outcome, "matched"))));

        var texts = await conversation.OpenAsync();

        Assert.Equal([expected], texts);
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "team", "Unavailable"), conversation.Events);
    }

    [Fact]
    public async Task Reaching_the_end_completes_the_conversation()
    {
        var conversation = _engine.Start(Create(Say("bye", "That's all.")));

        await conversation.OpenAsync();

        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
        Assert.True(conversation.State.Completed);
        Assert.Null(conversation.State.WaitingOn);
        Assert.Equal(FlowEventKind.Completed, conversation.Events[^1].Kind);
    }

    [Fact]
    public async Task Flow_with_only_a_welcome_message_completes_at_once()
    {
        var conversation = _engine.Start(Create() with { WelcomeMessage = "Hello!" });

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Hello!"], texts);
        Assert.True(conversation.State!.Completed);
        Assert.Equal([FlowEventKind.Started, FlowEventKind.Completed], conversation.Events.Select(e => e.Kind));
    }

    [Fact]
    public async Task Events_carry_action_ids_and_outcomes()
    {
        var conversation = _engine.Start(Create(Say("hello", "Hello", "ask"), Ask("ask", "Name?", "bye"), Say("bye", "Bye")));

        await conversation.OpenAsync();
        await conversation.SayAsync("Anna");

        Assert.Equal(
            [
                new FlowEvent(FlowEventKind.Started),
                new FlowEvent(FlowEventKind.ActionReached, "hello"),
                new FlowEvent(FlowEventKind.ActionCompleted, "hello", "Done"),
                new FlowEvent(FlowEventKind.ActionReached, "ask"),
                new FlowEvent(FlowEventKind.ActionCompleted, "ask", "Answered"),
                new FlowEvent(FlowEventKind.ActionReached, "bye"),
                new FlowEvent(FlowEventKind.ActionCompleted, "bye", "Done"),
                new FlowEvent(FlowEventKind.Completed),
            ],
            conversation.Events);
    }

    [Fact]
    public async Task Every_reply_carries_the_typing_delay()
    {
        var flow = Create(
            Say("hello", "Hello", "ask"),
            Ask("ask", new AskQuestionSettings { Text = "E-mail?", Format = AnswerFormat.Email }, "bye"),
            Say("bye", "Bye")) with { WelcomeMessage = "Welcome", Options = new() { TypingDelayMs = 1234 } };
        var conversation = _engine.Start(flow);

        await conversation.OpenAsync();
        var first = conversation.Last!.Replies;
        await conversation.SayAsync("not an e-mail");
        var invalid = conversation.Last.Replies;
        await conversation.SayAsync("anna@example.com");

        var replies = first.Concat(invalid).Concat(conversation.Last.Replies).ToList();
        Assert.Equal(5, replies.Count);
        Assert.All(replies, r => Assert.Equal(1234, r.DelayMs));
    }

    [Fact]
    public async Task A_delay_stored_before_the_range_was_narrowed_is_kept_within_it()
    {
        var flow = Create(Say("hello", "Hello")) with { Options = new() { TypingDelayMs = 10_000 } };
        var conversation = _engine.Start(flow);

        await conversation.OpenAsync();

        Assert.All(conversation.Last!.Replies, r => Assert.Equal(FlowOptions.MaxTypingDelayMs, r.DelayMs));
    }

    [Fact]
    public async Task Error_reply_carries_the_typing_delay()
    {
        var flow = Create(Say("ping", "Ping", "pong"), Say("pong", "Pong", "ping")) with { Options = new() { TypingDelayMs = 1234 } };
        var conversation = _engine.Start(flow);

        await conversation.OpenAsync();

        Assert.All(conversation.Last!.Replies, r => Assert.Equal(1234, r.DelayMs));
    }

    [Fact]
    public async Task Answer_within_the_session_timeout_resumes()
    {
        var conversation = _engine.Start(Create(Ask("ask", "Name?", "thanks"), Say("thanks", "Thanks {{ vars.ask }}")) with { WelcomeMessage = "Welcome" });
        await conversation.OpenAsync();
        _engine.Now += Duration.FromMinutes(30);

        var texts = await conversation.SayAsync("Anna");

        Assert.Equal(["Thanks Anna"], texts);
    }

    [Fact]
    public async Task Answer_after_the_session_timeout_restarts_from_the_welcome_message()
    {
        var flow = Create(Ask("ask", "Name?", "thanks"), Say("thanks", "Thanks")) with
        {
            WelcomeMessage = "Welcome",
            Options = new() { SessionTimeoutMinutes = 10 },
        };
        var conversation = _engine.Start(flow);
        await conversation.OpenAsync();
        _engine.Now += Duration.FromMinutes(11);

        var texts = await conversation.SayAsync("Anna");

        Assert.Equal(["Welcome", "Name?"], texts);
        Assert.Equal(FlowEventKind.Restarted, conversation.Last!.Events[0].Kind);
        Assert.DoesNotContain(conversation.Last.Events, e => e.Kind == FlowEventKind.Started);
        Assert.Equal(ConversationStatus.WaitingForVisitor, conversation.State!.Status);
        Assert.Equal(_engine.Now, conversation.State.LastActivity);
    }

    [Fact]
    public async Task Restart_keeps_the_contact_but_forgets_the_answers()
    {
        var flow = Create(
            Ask("name", new AskQuestionSettings { Text = "Name?", ContactProperty = "firstname" }, "reason"),
            Ask("reason", "Why?", "thanks"),
            Say("thanks", "Thanks")) with { Options = new() { SessionTimeoutMinutes = 10 } };
        var conversation = _engine.Start(flow);
        await conversation.OpenAsync();
        await conversation.SayAsync("Anna");
        _engine.Now += Duration.FromMinutes(11);

        await conversation.SayAsync("Invoices");

        Assert.Equal("Anna", conversation.State!.Contact["firstname"]);
        Assert.Empty(conversation.State.Variables);
        Assert.Null(conversation.State.LastAnswer);
        Assert.Equal("name", conversation.State.WaitingOn);
    }

    [Fact]
    public async Task Completed_conversation_does_not_restart_after_the_timeout()
    {
        var flow = Create(Say("bye", "That's all.")) with { WelcomeMessage = "Welcome", Options = new() { SessionTimeoutMinutes = 10 } };
        var conversation = _engine.Start(flow);
        await conversation.OpenAsync();
        _engine.Now += Duration.FromHours(2);

        var texts = await conversation.SayAsync("Hello again");

        Assert.Empty(texts);
        Assert.Empty(conversation.Last!.Events);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
        Assert.True(conversation.State.Completed);
    }

    [Fact]
    public async Task Ended_conversation_gets_no_replies()
    {
        var conversation = _engine.Start(Create(Action("end", "endConversation", new EndConversationSettings("Goodbye!"))));
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync("Wait, one more thing");

        Assert.Empty(texts);
        Assert.Empty(conversation.Last!.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Fact]
    public async Task Republished_flow_without_the_waiting_action_restarts()
    {
        var first = Create(Ask("old-question", "Old question?", "bye"), Say("bye", "Bye")) with { WelcomeMessage = "Welcome" };
        var conversation = _engine.Start(first);
        await conversation.OpenAsync();
        var republished = _engine.Runner.Compile(Create(Ask("new-question", "New question?")) with { WelcomeMessage = "Welcome back" });

        var result = await _engine.Runner.RunAsync(republished, conversation.State, TurnInput.Message("an answer"), _engine.Environment());

        Assert.Equal(["Welcome back", "New question?"], result.Replies.Select(r => r.Text));
        Assert.Equal(FlowEventKind.Restarted, result.Events[0].Kind);
        Assert.Equal("new-question", result.State.WaitingOn);
    }

    [Fact]
    public async Task Opening_again_starts_a_new_conversation_keeping_the_contact()
    {
        var conversation = _engine.Start(Create(Ask("name", new AskQuestionSettings { Text = "Name?", ContactProperty = "firstname" })));
        await conversation.OpenAsync();
        await conversation.SayAsync("Anna");

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Name?"], texts);
        Assert.Equal(FlowEventKind.Started, conversation.Last!.Events[0].Kind);
        Assert.Equal("Anna", conversation.State!.Contact["firstname"]);
        Assert.False(conversation.State.Completed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(25)]
    public async Task Loop_of_messages_stops_with_one_error_reply(int maxReplies)
    {
        var flow = Create(Say("ping", "Ping", "pong"), Say("pong", "Pong", "ping")) with
        {
            Options = new() { MaxRepliesPerTurn = maxReplies, ErrorMessage = "Oops, try again later." },
        };
        var conversation = _engine.Start(flow);

        await conversation.OpenAsync();

        var replies = conversation.Last!.Replies;
        var error = Assert.Single(replies, r => r.Kind == BotReplyKind.Error);
        Assert.Equal("Oops, try again later.", error.Text);
        Assert.Same(error, replies[^1]);
        Assert.Equal(maxReplies, replies.Count - 1);
        Assert.Contains(conversation.Last.Events, e => e.Kind == FlowEventKind.Failed);
        Assert.Equal(ConversationStatus.Active, conversation.State!.Status);
    }

    [Fact]
    public async Task Welcome_message_counts_towards_the_replies_per_turn()
    {
        var flow = Create(Say("ping", "Ping", "pong"), Say("pong", "Pong", "ping")) with
        {
            WelcomeMessage = "Welcome",
            Options = new() { MaxRepliesPerTurn = 2 },
        };
        var conversation = _engine.Start(flow);

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Welcome", "Ping", flow.Options.ErrorMessage], texts);
    }

    [Fact]
    public async Task Exactly_the_most_replies_per_turn_is_not_an_error()
    {
        var flow = Create(Say("one", "One", "two"), Say("two", "Two", "three"), Say("three", "Three")) with
        {
            Options = new() { MaxRepliesPerTurn = 3 },
        };
        var conversation = _engine.Start(flow);

        var texts = await conversation.OpenAsync();

        Assert.Equal(["One", "Two", "Three"], texts);
        Assert.True(conversation.State!.Completed);
    }

    [Fact]
    public async Task Silent_loop_stops_after_the_most_steps_per_turn()
    {
        var flow = Create(
            Action("contact", "setContactProperty", new SetPropertySettings("lifecyclestage", "lead"), "company"),
            Action("company", "setCompanyProperty", new SetPropertySettings("industry", "retail"), "contact"));
        var conversation = _engine.Start(flow);

        var texts = await conversation.OpenAsync();

        Assert.Equal([flow.Options.ErrorMessage], texts);
        Assert.Equal(BotReplyKind.Error, conversation.Last!.Replies[0].Kind);
        Assert.Equal(FlowRunner.MaxStepsPerTurn, conversation.Events.Count(e => e.Kind == FlowEventKind.ActionReached));
    }

    [Fact]
    public async Task Message_after_a_loop_error_starts_over()
    {
        var flow = Create(Say("ping", "Ping", "pong"), Say("pong", "Pong", "ping")) with
        {
            WelcomeMessage = "Welcome",
            Options = new() { MaxRepliesPerTurn = 2 },
        };
        var conversation = _engine.Start(flow);
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync("Hello?");

        Assert.Equal("Welcome", texts[0]);
        Assert.Equal(FlowEventKind.Restarted, conversation.Last!.Events[0].Kind);
    }

    [Fact]
    public async Task Hand_off_stops_the_bot()
    {
        _engine.Roster.With(new TeamMember("u1", "Sanne", IsAgent: true, IsAvailable: true, OpenChats: 0, Capacity: 3));
        var conversation = _engine.Start(Create(Action("team", "sendToTeam", new SendToTeamSettings(Message: "Passing you on."), "after"), Say("after", "Still here")));
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync("Hello? Anyone?");

        Assert.Empty(texts);
        Assert.Equal(ConversationStatus.HandedOff, conversation.State!.Status);
        Assert.Contains(conversation.Events, e => e.Kind == FlowEventKind.HandedOff && e.ActionId == "team");
        Assert.DoesNotContain(conversation.Events, e => e.ActionId == "after");
    }

    [Fact]
    public async Task Hand_off_gets_no_replies_even_after_the_timeout()
    {
        _engine.Roster.With(new TeamMember("u1", "Sanne", IsAgent: true, IsAvailable: true, OpenChats: 0, Capacity: 3));
        var conversation = _engine.Start(Create(Action("team", "sendToTeam", new SendToTeamSettings())) with { WelcomeMessage = "Welcome" });
        await conversation.OpenAsync();
        _engine.Now += Duration.FromDays(1);

        var texts = await conversation.SayAsync("Hello?");

        Assert.Empty(texts);
        Assert.Equal(ConversationStatus.HandedOff, conversation.State!.Status);
    }

    private static Chatflow RoutingFlow(params FlowAction[] actions) =>
        Create([.. actions, Say("matched", "Matched"), Say("other", "Other"), Say("fallback", "Fallback")]);
}
