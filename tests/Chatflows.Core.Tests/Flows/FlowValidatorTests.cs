using System.Text.Json.Nodes;
using Chatflows.Core.Actions;
using Chatflows.Core.Flows;
using Chatflows.Core.Tests.TestPorts;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Flows;

public sealed class FlowValidatorTests
{
    private readonly FlowValidator _validator = new TestEngine().Validator;

    [Fact]
    public void A_sound_flow_has_no_findings()
    {
        var flow = Create(
            Ask("ask", new AskQuestionSettings { Text = "Hi {{ contact.firstname }}, sales or support?", QuickReplies = [new("Sales"), new("Support")] },
                "bye", IfAnswer(ConditionOperator.Equals, "Sales", "sales")),
            Say("sales", "A colleague will call you.", "bye"),
            Action("bye", "endConversation", new EndConversationSettings("Bye!"))) with { WelcomeMessage = "Hello {{ contact.firstname | default: \"there\" }}" };

        var findings = _validator.Validate(flow);

        Assert.Empty(findings);
    }

    [Fact]
    public void Required_and_too_long_action_settings_are_reported_by_key_in_the_editors_language()
    {
        var flow = Create(Say("empty", "", "long"), Say("long", new string('x', 2001)));

        var findings = _validator.Validate(flow).Where(f => f.Code == "action.settings").ToList();
        var dutch = Chatflows.Core.Text.TextCatalog.BuiltIn.For("nl");

        Assert.Equal(["setting.required", "setting.maxLength"], findings.Select(f => f.Text?.Key));
        Assert.Equal(["Vul Text in.", "Houd Text bij hoogstens 2.000 tekens."], findings.Select(f => f.MessageIn(dutch)));
        Assert.Equal(["Fill in Text.", "Keep Text to 2,000 characters."], findings.Select(f => f.Message));
        Assert.Equal(["text", "text"], findings.Select(f => f.Field));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("-leading-dash")]
    [InlineData("a2345678901234567890123456789012345678901234567890123456789012345")]
    public void Invalid_flow_id_is_reported(string id)
    {
        var flow = Create(Say("hello", "Hello")) with { Id = id };

        var findings = _validator.Validate(flow);

        AssertFinding(findings, null, FindingSeverity.Error, "flow.id", "id");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_flow_name_is_reported(string name)
    {
        var flow = Create(Say("hello", "Hello")) with { Name = name };

        var findings = _validator.Validate(flow);

        AssertFinding(findings, null, FindingSeverity.Error, "flow.name", "name");
    }

    [Fact]
    public void Flow_name_over_100_characters_is_reported()
    {
        var flow = Create(Say("hello", "Hello")) with { Name = new string('n', 101) };

        var findings = _validator.Validate(flow);

        AssertFinding(findings, null, FindingSeverity.Error, "flow.name", "name");
    }

    [Fact]
    public void Unsupported_language_is_reported()
    {
        var flow = Create(Say("hello", "Hello")) with { Language = "xx" };

        var findings = _validator.Validate(flow);

        var finding = AssertFinding(findings, null, FindingSeverity.Error, "flow.language", "language");
        Assert.Contains("nl", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Welcome_message_with_broken_liquid_is_reported()
    {
        var flow = Create(Say("hello", "Hello")) with { WelcomeMessage = "Hi {{ contact.firstname " };

        var findings = _validator.Validate(flow);

        AssertFinding(findings, null, FindingSeverity.Error, "flow.welcome", "welcomeMessage");
    }

    [Theory]
    [InlineData(-1, 30, "x", 25, "options.typingDelayMs")]
    [InlineData(FlowOptions.MaxTypingDelayMs + 1, 30, "x", 25, "options.typingDelayMs")]
    [InlineData(800, 0, "x", 25, "options.sessionTimeoutMinutes")]
    [InlineData(800, 10_081, "x", 25, "options.sessionTimeoutMinutes")]
    [InlineData(800, 30, " ", 25, "options.errorMessage")]
    [InlineData(800, 30, "x", 0, "options.maxRepliesPerTurn")]
    [InlineData(800, 30, "x", 101, "options.maxRepliesPerTurn")]
    public void Option_out_of_bounds_is_reported(int typingDelayMs, int sessionTimeoutMinutes, string errorMessage, int maxRepliesPerTurn, string field)
    {
        var options = new FlowOptions
        {
            TypingDelayMs = typingDelayMs,
            SessionTimeoutMinutes = sessionTimeoutMinutes,
            ErrorMessage = errorMessage,
            MaxRepliesPerTurn = maxRepliesPerTurn,
        };
        var flow = Create(Say("hello", "Hello")) with { Options = options };

        var findings = _validator.Validate(flow);

        AssertFinding(findings, null, FindingSeverity.Error, "flow.options", field);
    }

    [Fact]
    public void Options_on_their_bounds_are_accepted()
    {
        var low = new FlowOptions { TypingDelayMs = 0, SessionTimeoutMinutes = 1, MaxRepliesPerTurn = 1 };
        var high = new FlowOptions { TypingDelayMs = FlowOptions.MaxTypingDelayMs, SessionTimeoutMinutes = 10_080, MaxRepliesPerTurn = 100 };

        var findings = new[] { low, high }.SelectMany(o => _validator.Validate(Create(Say("hello", "Hello")) with { Options = o }));

        Assert.Empty(findings);
    }

    [Fact]
    public void Invalid_action_id_is_reported()
    {
        var flow = Create(Say("bad id!", "Hello"));

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "bad id!", FindingSeverity.Error, "action.id", null);
    }

    [Fact]
    public void Duplicate_action_id_is_reported_once()
    {
        var flow = Create(Say("hello", "Hello", "bye"), Say("hello", "Again", "bye"), Say("bye", "Bye"));

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "hello", FindingSeverity.Error, "action.duplicateId", null);
    }

    [Fact]
    public void Unknown_action_type_is_reported()
    {
        var flow = Create(new FlowAction { Id = "hook", Type = "callWebhook" });

        var findings = _validator.Validate(flow);

        var finding = AssertFinding(findings, "hook", FindingSeverity.Error, "action.unknownType", null);
        Assert.Contains("callWebhook", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_text_is_reported()
    {
        var flow = Create(new FlowAction { Id = "hello", Type = "sendMessage", Settings = [] });

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "hello", FindingSeverity.Error, "action.settings", "text");
    }

    [Fact]
    public void Setting_of_the_wrong_kind_is_reported_with_its_path()
    {
        var settings = new JsonObject { ["text"] = "Sales or support?", ["allowFreeText"] = "sometimes" };
        var flow = Create(new FlowAction { Id = "ask", Type = "askQuestion", Settings = settings });

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "ask", FindingSeverity.Error, "action.settings", "allowFreeText");
    }

    [Fact]
    public void Question_without_quick_replies_or_free_text_is_reported()
    {
        var flow = Create(Ask("ask", new AskQuestionSettings { Text = "Sales or support?", AllowFreeText = false }));

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "ask", FindingSeverity.Error, "action.settings", "quickReplies");
    }

    [Fact]
    public void Quick_reply_without_label_is_reported()
    {
        var flow = Create(Ask("ask", new AskQuestionSettings { Text = "Sales or support?", QuickReplies = [new(" ", "sales")] }));

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "ask", FindingSeverity.Error, "action.settings", "quickReplies");
    }

    [Theory]
    [InlineData("([a-z]")]
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_answer_pattern_is_reported(string? pattern)
    {
        var flow = Create(Ask("ask", new AskQuestionSettings { Text = "Your order number?", Format = AnswerFormat.Pattern, Pattern = pattern }));

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "ask", FindingSeverity.Error, "action.settings", "pattern");
    }

    [Fact]
    public void Invalid_liquid_in_a_question_is_reported()
    {
        var flow = Create(Ask("ask", "Hi {{ contact.firstname, how can I help?"));

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "ask", FindingSeverity.Error, "action.settings", "text");
    }

    [Theory]
    [InlineData("saveAs")]
    [InlineData("contactProperty")]
    [InlineData("companyProperty")]
    public void Invalid_property_name_on_a_question_is_reported(string field)
    {
        var settings = field switch
        {
            "saveAs" => new AskQuestionSettings { Text = "Name?", SaveAs = "First Name" },
            "contactProperty" => new AskQuestionSettings { Text = "Name?", ContactProperty = "First Name" },
            _ => new AskQuestionSettings { Text = "Name?", CompanyProperty = "First Name" },
        };
        var flow = Create(Ask("ask", settings));

        var findings = _validator.Validate(flow);

        var finding = AssertFinding(findings, "ask", FindingSeverity.Error, "action.settings", field);
        Assert.Equal(PropertyName.Rule, finding.Message);
    }

    [Fact]
    public void Invalid_property_name_on_set_contact_property_is_reported()
    {
        var flow = Create(Action("set", "setContactProperty", new SetPropertySettings("Lifecycle-Stage", "lead")));

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "set", FindingSeverity.Error, "action.settings", "property");
    }

    [Fact]
    public void Minimum_above_maximum_is_reported()
    {
        var flow = Create(Ask("ask", new AskQuestionSettings { Text = "How many employees?", Format = AnswerFormat.Number, Min = 10, Max = 5 }));

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "ask", FindingSeverity.Error, "action.settings", "min");
    }

    [Fact]
    public void Dangling_next_is_reported()
    {
        var flow = Create(Say("hello", "Hello", next: "gone"));

        var findings = _validator.Validate(flow);

        var finding = AssertFinding(findings, "hello", FindingSeverity.Error, "action.next", "next");
        Assert.Contains("gone", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_start_action_is_reported()
    {
        var flow = Create(Say("hello", "Hello")) with { StartActionId = "gone" };

        var findings = _validator.Validate(flow);

        AssertFinding(findings, null, FindingSeverity.Error, "flow.start", "startActionId");
    }

    [Fact]
    public void Branch_to_a_missing_action_is_reported_with_its_index()
    {
        var flow = Create(
            Ask("ask", "Sales or support?", "bye", IfAnswer(ConditionOperator.Equals, "Sales", "bye"), IfAnswer(ConditionOperator.Equals, "Support", "gone")),
            Say("bye", "Bye"));

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "ask", FindingSeverity.Error, "branch.target", "branches[1]");
    }

    public static TheoryData<Condition> BadConditions => new()
    {
        new Condition { Source = ConditionSource.ContactProperty, Operator = ConditionOperator.Equals, Value = "lead" },
        new Condition { Source = ConditionSource.Variable, Property = " ", Operator = ConditionOperator.Equals, Value = "lead" },
        new Condition { Source = ConditionSource.Answer, Operator = ConditionOperator.IsOneOf },
        new Condition { Source = ConditionSource.Answer, Operator = ConditionOperator.GreaterThan, Value = "lots" },
        new Condition { Source = ConditionSource.Answer, Operator = ConditionOperator.LessThanOrEqual },
        new Condition { Source = ConditionSource.Outcome, Operator = ConditionOperator.Equals, Value = "Maybe" },
        new Condition { Source = ConditionSource.Availability, Operator = ConditionOperator.Equals, Value = "busy" },
        new Condition { Source = ConditionSource.Answer, Operator = ConditionOperator.Equals },
        new Condition { Source = ConditionSource.ContactProperty, Property = "lifecyclestage", Operator = ConditionOperator.NotEquals },
    };

    [Theory]
    [MemberData(nameof(BadConditions))]
    public void Unusable_branch_condition_is_reported(Condition condition)
    {
        var flow = Create(Ask("ask", "Sales or support?", "bye", new Branch(condition, "bye")), Say("bye", "Bye"));

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "ask", FindingSeverity.Error, "branch.condition", "branches[0]");
    }

    public static TheoryData<Condition> GoodConditions => new()
    {
        new Condition { Source = ConditionSource.ContactProperty, Property = "lifecyclestage", Operator = ConditionOperator.IsEmpty },
        new Condition { Source = ConditionSource.Answer, Operator = ConditionOperator.IsOneOf, Values = ["a", "b"] },
        new Condition { Source = ConditionSource.Answer, Operator = ConditionOperator.GreaterThan, Value = "1,5" },
        new Condition { Source = ConditionSource.Outcome, Operator = ConditionOperator.Equals, Value = "answered" },
        new Condition { Source = ConditionSource.Availability, Operator = ConditionOperator.Equals, Value = "atCapacity" },
        new Condition { Source = ConditionSource.Variable, Property = "reason", Operator = ConditionOperator.Contains, Value = "" },
    };

    [Theory]
    [MemberData(nameof(GoodConditions))]
    public void Usable_branch_condition_is_accepted(Condition condition)
    {
        var flow = Create(Ask("ask", "Sales or support?", "bye", new Branch(condition, "bye")), Say("bye", "Bye"));

        var findings = _validator.Validate(flow);

        Assert.Empty(findings);
    }

    [Fact]
    public void Outcome_problem_names_the_outcomes_the_action_declares()
    {
        var flow = Create(Say("hello", "Hello", "bye", IfOutcome("Found", "bye")), Say("bye", "Bye"));

        var findings = _validator.Validate(flow);

        var finding = AssertFinding(findings, "hello", FindingSeverity.Error, "branch.condition", "branches[0]");
        Assert.Contains("Done", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreachable_action_is_a_warning()
    {
        var flow = Create(Say("hello", "Hello"), Say("orphan", "Nobody gets here"));

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "orphan", FindingSeverity.Warning, "action.unreachable", null);
    }

    [Fact]
    public void Action_reached_only_through_a_branch_is_reachable()
    {
        var flow = Create(Ask("ask", "Sales?", null, IfAnswer(ConditionOperator.Equals, "yes", "sales")), Say("sales", "Great"));

        var findings = _validator.Validate(flow);

        Assert.Empty(findings);
    }

    [Fact]
    public void Actions_before_the_start_action_are_unreachable()
    {
        var flow = Create(Say("intro", "Hello", "main"), Say("main", "Main")) with { StartActionId = "main" };

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "intro", FindingSeverity.Warning, "action.unreachable", null);
    }

    [Fact]
    public void Loop_of_messages_is_an_error_naming_every_action_in_it()
    {
        var flow = Create(Say("ping", "Ping", "pong"), Say("pong", "Pong", "ping"));

        var findings = _validator.Validate(flow);

        var finding = AssertFinding(findings, "ping", FindingSeverity.Error, "flow.cycle", null);
        Assert.Contains("ping → pong", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_that_goes_to_itself_is_a_loop()
    {
        var flow = Create(Say("again", "Again", "again"));

        var findings = _validator.Validate(flow);

        AssertFinding(findings, "again", FindingSeverity.Error, "flow.cycle", null);
    }

    [Fact]
    public void Loop_through_a_branch_is_a_loop()
    {
        var flow = Create(
            Action("set", "setContactProperty", new SetPropertySettings("lifecyclestage", "lead"), "check"),
            Say("check", "Checking", null, If(ConditionSource.ContactProperty, ConditionOperator.Equals, "lead", "set", "lifecyclestage")));

        var findings = _validator.Validate(flow);

        var finding = AssertFinding(findings, "set", FindingSeverity.Error, "flow.cycle", null);
        Assert.Contains("set → check", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loop_through_a_question_is_not_reported()
    {
        var flow = Create(
            Ask("ask", "Anything else?", "answer", IfAnswer(ConditionOperator.Equals, "no", "bye")),
            Say("answer", "Noted.", "ask"),
            Action("bye", "endConversation", new EndConversationSettings("Bye")));

        var findings = _validator.Validate(flow);

        Assert.Empty(findings);
    }

    private static FlowFinding AssertFinding(
        IReadOnlyList<FlowFinding> findings, string? actionId, FindingSeverity severity, string code, string? field)
    {
        var finding = Assert.Single(findings, f => f.Code == code);
        Assert.Equal(actionId, finding.ActionId);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(field, finding.Field);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        return finding;
    }
}
