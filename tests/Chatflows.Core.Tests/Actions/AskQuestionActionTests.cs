using System.Diagnostics;
using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Tests.TestPorts;
using Chatflows.Core.Text;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Actions;

public sealed class AskQuestionActionTests
{
    private static readonly BuiltInTexts English = BuiltInTexts.For("en");

    private readonly TestEngine _engine = new();

    [Fact]
    public async Task Question_is_asked_with_its_quick_replies_and_waits()
    {
        var conversation = _engine.Start(Create(Ask("ask", new AskQuestionSettings
        {
            Text = "Hi {{ contact.firstname }}, sales or support?",
            QuickReplies = [new("Sales", "sales"), new("Support")],
        })), new Dictionary<string, string> { ["firstname"] = "Anna" });

        await conversation.OpenAsync();

        var reply = Assert.Single(conversation.Last!.Replies);
        Assert.Equal(BotReplyKind.Question, reply.Kind);
        Assert.Equal("Hi Anna, sales or support?", reply.Text);
        Assert.Equal(["Sales", "Support"], reply.QuickReplies.Select(q => q.Label));
        Assert.Null(reply.InputHint);
        Assert.Equal(ConversationStatus.WaitingForVisitor, conversation.State!.Status);
    }

    [Theory]
    [InlineData("Talk to sales", "sales")]
    [InlineData("talk TO sales", "sales")]
    [InlineData("SALES", "sales")]
    [InlineData("  support ", "Support")]
    public async Task Quick_reply_matched_by_label_or_value_gives_its_value(string input, string expected)
    {
        var conversation = await AskedAsync(new AskQuestionSettings
        {
            Text = "Sales or support?",
            QuickReplies = [new("Talk to sales", "sales"), new("Support")],
            AllowFreeText = false,
        });

        await conversation.SayAsync(input);

        Assert.Equal(expected, conversation.State!.LastAnswer);
        Assert.Equal(expected, conversation.State.Variables["ask"]);
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "ask", "Answered"), conversation.Events);
    }

    [Theory]
    [InlineData("en", "Please choose one of the options.")]
    [InlineData("nl", "Kies graag een van de opties.")]
    public async Task Unknown_text_without_free_text_re_asks_in_the_flow_language(string language, string expected)
    {
        var conversation = await AskedAsync(
            new AskQuestionSettings { Text = "Sales or support?", QuickReplies = [new("Sales"), new("Support")], AllowFreeText = false },
            language);

        await conversation.SayAsync("Something else");

        var reply = Assert.Single(conversation.Last!.Replies);
        Assert.Equal(BotReplyKind.Invalid, reply.Kind);
        Assert.Equal(expected, reply.Text);
        Assert.Equal(["Sales", "Support"], reply.QuickReplies.Select(q => q.Label));
        Assert.Equal(ConversationStatus.WaitingForVisitor, conversation.State!.Status);
        Assert.Equal("ask", conversation.State.WaitingOn);
        Assert.Null(conversation.State.LastAnswer);
    }

    [Fact]
    public async Task Question_keeps_re_asking_until_the_answer_is_valid()
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "Yes or no?", QuickReplies = [new("Yes"), new("No")], AllowFreeText = false });
        await conversation.SayAsync("maybe");

        await conversation.SayAsync("perhaps");
        await conversation.SayAsync("yes");

        Assert.Equal("Yes", conversation.State!.LastAnswer);
        Assert.Equal(ConversationStatus.Ended, conversation.State.Status);
        Assert.Single(conversation.Events, e => e.Kind == FlowEventKind.ActionReached);
    }

    [Fact]
    public async Task Free_text_is_accepted_next_to_quick_replies()
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "Sales or support?", QuickReplies = [new("Sales"), new("Support")] });

        await conversation.SayAsync("  My invoice is wrong ");

        Assert.Equal("My invoice is wrong", conversation.State!.LastAnswer);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Empty_answer_asks_the_question_again(string input)
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "What brings you here?", QuickReplies = [new("Pricing")] });

        await conversation.SayAsync(input);

        AssertReAsked(conversation, "What brings you here?", null);
        Assert.Equal(["Pricing"], conversation.Last!.Replies[0].QuickReplies.Select(q => q.Label));
    }

    [Theory]
    [InlineData(" Anna@Example.COM ", "anna@example.com")]
    [InlineData("jan.de.vries+chat@mail.example.nl", "jan.de.vries+chat@mail.example.nl")]
    public async Task Email_answer_is_accepted_lower_cased(string input, string expected)
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "E-mail?", Format = AnswerFormat.Email });

        await conversation.SayAsync(input);

        Assert.Equal(expected, conversation.State!.LastAnswer);
    }

    [Theory]
    [InlineData("anna")]
    [InlineData("anna@example")]
    [InlineData("anna @example.com")]
    [InlineData("anna@@example.com")]
    public async Task Invalid_email_is_re_asked(string input)
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "E-mail?", Format = AnswerFormat.Email });

        await conversation.SayAsync(input);

        AssertReAsked(conversation, English.InvalidEmail, "email");
    }

    [Theory]
    [InlineData("06-1234 5678", "0612345678")]
    [InlineData("+31 (0)20 123.45.67", "+310201234567")]
    public async Task Phone_answer_is_accepted_as_digits(string input, string expected)
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "Phone?", Format = AnswerFormat.Phone });

        await conversation.SayAsync(input);

        Assert.Equal(expected, conversation.State!.LastAnswer);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("call me maybe")]
    [InlineData("1234567890123456")]
    public async Task Invalid_phone_is_re_asked(string input)
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "Phone?", Format = AnswerFormat.Phone });

        await conversation.SayAsync(input);

        AssertReAsked(conversation, English.InvalidPhone, "phone");
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData("1,5", "1.5")]
    [InlineData(" 10 ", "10")]
    [InlineData("100", "100")]
    public async Task Number_within_its_range_is_accepted(string input, string expected)
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "How many?", Format = AnswerFormat.Number, Min = 1, Max = 100 });

        await conversation.SayAsync(input);

        Assert.Equal(expected, conversation.State!.LastAnswer);
    }

    [Fact]
    public async Task Not_a_number_is_re_asked()
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "How many?", Format = AnswerFormat.Number, Min = 1, Max = 100 });

        await conversation.SayAsync("lots");

        AssertReAsked(conversation, English.InvalidNumber, "number");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100,5")]
    public async Task Number_out_of_range_is_re_asked_with_the_range(string input)
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "How many?", Format = AnswerFormat.Number, Min = 1, Max = 100 });

        await conversation.SayAsync(input);

        AssertReAsked(conversation, "Please answer with a number from 1 to 100.", "number");
    }

    [Theory]
    [InlineData("en", "17", "Please answer with a number of at least 18.")]
    [InlineData("nl", "17", "Antwoord graag met een getal van minstens 18.")]
    public async Task Number_below_an_open_ended_range_is_re_asked_with_the_minimum(string language, string input, string expected)
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "Age?", Format = AnswerFormat.Number, Min = 18 }, language);

        await conversation.SayAsync(input);

        AssertReAsked(conversation, expected, "number");
    }

    [Fact]
    public async Task Number_above_an_open_ended_range_is_re_asked_with_the_maximum()
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "Discount?", Format = AnswerFormat.Number, Max = 12.5m });

        await conversation.SayAsync("13");

        AssertReAsked(conversation, "Please answer with a number of at most 12.5.", "number");
    }

    [Theory]
    [InlineData("2026-12-31")]
    [InlineData("31-12-2026")]
    [InlineData("31/12/2026")]
    [InlineData("31.12.2026")]
    public async Task Date_is_accepted_in_iso(string input)
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "When?", Format = AnswerFormat.Date });

        await conversation.SayAsync(input);

        Assert.Equal("2026-12-31", conversation.State!.LastAnswer);
    }

    [Theory]
    [InlineData("1-2-2027", "2027-02-01")]
    [InlineData("5/3/2027", "2027-03-05")]
    public async Task Date_without_leading_zeros_is_read_day_first(string input, string expected)
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "When?", Format = AnswerFormat.Date });

        await conversation.SayAsync(input);

        Assert.Equal(expected, conversation.State!.LastAnswer);
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("31-13-2026")]
    [InlineData("30-02-2026")]
    [InlineData("12/31/2026")]
    public async Task Invalid_date_is_re_asked(string input)
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "When?", Format = AnswerFormat.Date });

        await conversation.SayAsync(input);

        AssertReAsked(conversation, English.InvalidDate, "date");
    }

    [Fact]
    public async Task Answer_matching_the_pattern_is_accepted_as_typed()
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "Order number?", Format = AnswerFormat.Pattern, Pattern = "^ORD-[0-9]{4}$" });

        await conversation.SayAsync(" ORD-1234 ");

        Assert.Equal("ORD-1234", conversation.State!.LastAnswer);
    }

    [Fact]
    public async Task Answer_not_matching_the_pattern_is_re_asked()
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "Order number?", Format = AnswerFormat.Pattern, Pattern = "^ORD-[0-9]{4}$" });

        await conversation.SayAsync("1234");

        AssertReAsked(conversation, English.InvalidFormat, null);
    }

    [Fact]
    public async Task Invalid_answer_is_re_asked_with_the_custom_message()
    {
        var conversation = await AskedAsync(new AskQuestionSettings
        {
            Text = "Order number?",
            Format = AnswerFormat.Pattern,
            Pattern = "^ORD-[0-9]{4}$",
            InvalidMessage = "Sorry {{ contact.firstname | default: \"friend\" }}, an order number looks like ORD-1234.",
        });

        await conversation.SayAsync("1234");

        AssertReAsked(conversation, "Sorry friend, an order number looks like ORD-1234.", null);
    }

    [Fact]
    public async Task Invalid_email_in_dutch_is_re_asked_in_dutch()
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "E-mailadres?", Format = AnswerFormat.Email }, "nl");

        await conversation.SayAsync("geen adres");

        AssertReAsked(conversation, BuiltInTexts.For("nl").InvalidEmail, "email");
    }

    [Fact]
    public async Task Catastrophic_pattern_is_re_asked_within_the_timeout()
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "Code?", Format = AnswerFormat.Pattern, Pattern = "^(a+)+$" });
        var stopwatch = Stopwatch.StartNew();

        await conversation.SayAsync("aaaaaaaaaaaaaaaaaaaaaaaaaaaa!");

        stopwatch.Stop();
        AssertReAsked(conversation, English.InvalidFormat, null);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"The turn took {stopwatch.Elapsed}.");
    }

    [Fact]
    public async Task Answer_is_saved_to_the_action_id_by_default()
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "Why are you here?" });

        await conversation.SayAsync("Invoices");

        Assert.Equal("Invoices", conversation.State!.Variables["ask"]);
        Assert.Empty(conversation.SideEffects);
    }

    [Fact]
    public async Task Answer_is_saved_to_the_named_variable()
    {
        var conversation = _engine.Start(Create(
            Ask("ask", new AskQuestionSettings { Text = "Why are you here?", SaveAs = "reason" }, "thanks"),
            Say("thanks", "Got it: {{ vars.reason }}")));
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync("Invoices");

        Assert.Equal(["Got it: Invoices"], texts);
        Assert.Equal("Invoices", conversation.State!.Variables["reason"]);
        Assert.False(conversation.State.Variables.ContainsKey("ask"));
    }

    [Fact]
    public async Task Answer_is_saved_to_a_contact_property_with_a_side_effect()
    {
        var conversation = _engine.Start(Create(
            Ask("ask", new AskQuestionSettings { Text = "E-mail?", Format = AnswerFormat.Email, ContactProperty = "email" }, "thanks"),
            Say("thanks", "We'll write to {{ contact.email }}.")));
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync("Anna@Example.com");

        Assert.Equal(["We'll write to anna@example.com."], texts);
        Assert.Equal([new SetContactProperty("email", "anna@example.com")], conversation.SideEffects);
        Assert.Equal("anna@example.com", conversation.State!.Contact["email"]);
    }

    [Fact]
    public async Task Answer_is_saved_to_a_company_property_with_a_side_effect()
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "How many employees?", Format = AnswerFormat.Number, CompanyProperty = "employees" });

        await conversation.SayAsync("250");

        Assert.Equal([new SetCompanyProperty("employees", "250")], conversation.SideEffects);
        Assert.Equal("250", conversation.State!.Company["employees"]);
    }

    [Fact]
    public async Task Invalid_answer_saves_nothing()
    {
        var conversation = await AskedAsync(new AskQuestionSettings { Text = "E-mail?", Format = AnswerFormat.Email, ContactProperty = "email", CompanyProperty = "domain" });

        await conversation.SayAsync("not an address");

        Assert.Empty(conversation.SideEffects);
        Assert.False(conversation.State!.Contact.ContainsKey("email"));
        Assert.False(conversation.State.Variables.ContainsKey("ask"));
    }

    private async Task<TestConversation> AskedAsync(AskQuestionSettings settings, string language = "en")
    {
        var conversation = _engine.Start(Create(Ask("ask", settings)) with { Language = language });
        await conversation.OpenAsync();
        return conversation;
    }

    private static void AssertReAsked(TestConversation conversation, string text, string? inputHint)
    {
        var reply = Assert.Single(conversation.Last!.Replies);
        Assert.Equal(BotReplyKind.Invalid, reply.Kind);
        Assert.Equal(text, reply.Text);
        Assert.Equal(inputHint, reply.InputHint);
        Assert.Equal("ask", reply.ActionId);
        Assert.Equal(ConversationStatus.WaitingForVisitor, conversation.State!.Status);
        Assert.Equal("ask", conversation.State.WaitingOn);
    }
}
