using System.Diagnostics;
using Chatflows.Core.Text;

namespace Chatflows.Core.Tests.Text;

public sealed class MessageTemplatesTests
{
    private readonly MessageTemplates _templates = new();

    [Theory]
    [InlineData("{% assign s = 'ab' %}{% for i in (1..20) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}")]
    [InlineData("{% assign s = 'a' %}{% for i in (1..8) %}{% assign s = s | replace: 'a', 'aaaaaaaaaa' %}{% endfor %}{{ s | size }}")]
    [InlineData("{% assign a = contact.firstname %}{% for i in (1..40) %}{% capture a %}{{a}}{{a}}{% endcapture %}{% endfor %}{{ a | size }}")]
    [InlineData("{% capture a %}{% for i in (1..1000) %}xxxxxxxxxxxxxxxxxxxx{% endfor %}{% endcapture %}{{ a | size }}")]
    [InlineData("{% assign a = 'ab,' | append: 'ab' | split: ',' %}{% for i in (1..20) %}{% assign a = a | concat: a %}{% endfor %}{{ a | size }}")]
    [InlineData("{% assign a = 'a,b,c,d,e,f,g,h' | split: ',' %}{% assign j = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}{% for i in (1..10) %}{% assign j = j | append: j %}{% if j.size > 9000 %}{% break %}{% endif %}{% endfor %}{{ a | join: j | size }}")]
    public void A_value_that_grows_past_its_limit_is_a_render_error(string template)
    {
        var text = _templates.Render(template, Model(contact: new() { ["firstname"] = "Anna" }));

        // Unbounded, these build strings of millions of characters (2^40 for 40 turns); the render now fails instead.
        Assert.Null(text);
    }

    [Fact]
    public void Doubling_capture_from_the_issue_is_refused_at_publish()
    {
        const string template = "{% for i in (1..40) %}{% capture a %}{{a}}{{a}}{% endcapture %}{% endfor %}";

        var error = _templates.Check(template);

        Assert.Contains("would exceed", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% capture greeting %}Hi {{ contact.firstname }}{% endcapture %}{{ greeting | upcase }}", "HI ANNA")]
    [InlineData("{% assign n = contact.firstname | append: '!' | replace: 'A', 'a' %}{{ n }}", "anna!")]
    [InlineData("{{ 'a,b' | split: ',' | join: ' and ' }}", "a and b")]
    public void Small_captures_assigns_and_filters_still_work(string template, string expected)
    {
        var text = _templates.Render(template, Model(contact: new() { ["firstname"] = "Anna" }));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Known_property_is_filled_in()
    {
        var text = _templates.Render("Hi {{ contact.firstname | default: \"there\" }}", Model(contact: new() { ["firstname"] = "Anna" }));

        Assert.Equal("Hi Anna", text);
    }

    [Fact]
    public void Missing_property_falls_back_to_the_default()
    {
        var text = _templates.Render("Hi {{ contact.firstname | default: \"there\" }}", Model());

        Assert.Equal("Hi there", text);
    }

    [Fact]
    public void Missing_property_without_a_default_is_empty()
    {
        var text = _templates.Render("Hi {{ contact.firstname }}!", Model());

        Assert.Equal("Hi !", text);
    }

    [Theory]
    [InlineData("{{ contact.FirstName }}")]
    [InlineData("{{ contact.FIRSTNAME }}")]
    [InlineData("{{ contact['FirstName'] }}")]
    public void Property_keys_are_case_insensitive(string template)
    {
        var text = _templates.Render(template, Model(contact: new() { ["firstname"] = "Anna" }));

        Assert.Equal("Anna", text);
    }

    [Fact]
    public void Company_variables_and_chat_name_are_available()
    {
        var model = new MessageTemplateModel(
            new Dictionary<string, string>(),
            new Dictionary<string, string> { ["name"] = "Acme" },
            new Dictionary<string, string> { ["ticket_reference"] = "T-7" },
            "Ledgerly");

        var text = _templates.Render("{{ chat.name }}: ticket {{ vars.ticket_reference }} for {{ company.name }}", model);

        Assert.Equal("Ledgerly: ticket T-7 for Acme", text);
    }

    [Theory]
    [InlineData("<script>alert('hi')</script>")]
    [InlineData("Tom & \"Jerry\" <b>")]
    public void Markup_in_a_value_comes_out_as_the_literal_text(string value)
    {
        var text = _templates.Render("Hi {{ contact.firstname }}", Model(contact: new() { ["firstname"] = value }));

        Assert.Equal($"Hi {value}", text);
    }

    [Fact]
    public void Plain_text_is_returned_as_is()
    {
        var text = _templates.Render("Hello <there> & welcome", Model());

        Assert.Equal("Hello <there> & welcome", text);
    }

    [Fact]
    public void Huge_loop_is_refused_fast_without_throwing()
    {
        const string template = "{% for i in (1..100000000) %}x{% endfor %}";
        var stopwatch = Stopwatch.StartNew();

        var text = _templates.Render(template, Model());

        stopwatch.Stop();
        Assert.Null(text);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"Rendering took {stopwatch.Elapsed}.");
        Assert.Contains("at most 1000 numbers", _templates.Check(template), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% for i in (1..vars.count) %}x{% endfor %}")]
    [InlineData("{{ (contact.age..1) | size }}")]
    public void Range_with_a_bound_from_a_variable_is_refused(string template)
    {
        var error = _templates.Check(template);

        Assert.Contains("plain numbers", error, StringComparison.Ordinal);
        Assert.Null(_templates.Render(template, Model()));
    }

    [Theory]
    [InlineData("{% for i in (1..3) %}{{ i }}{% endfor %}", "123")]
    [InlineData("{{ (1..1000) | size }}", "1000")]
    [InlineData("{% for i in (3..1) %}x{% endfor %}done", "done")]
    public void Short_literal_range_still_works(string template, string expected)
    {
        var text = _templates.Render(template, Model());

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Runaway_loop_is_stopped_by_the_step_limit()
    {
        const string template = "{% for i in (1..1000) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}done";
        var stopwatch = Stopwatch.StartNew();

        var text = _templates.Render(template, Model());

        stopwatch.Stop();
        Assert.Null(text);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"Rendering took {stopwatch.Elapsed}.");
    }

    [Fact]
    public void Loop_output_longer_than_the_limit_is_cut()
    {
        var text = _templates.Render("{% for i in (1..1000) %}xxxxxxxxxx{% endfor %}", Model());

        Assert.Equal(new string('x', MessageTemplates.MaxOutputLength), text);
    }

    [Fact]
    public void Value_longer_than_the_limit_is_cut()
    {
        var bio = new string('a', MessageTemplates.MaxOutputLength + 500);

        var text = _templates.Render("Bio: {{ contact.bio }} (end)", Model(contact: new() { ["bio"] = bio }));

        Assert.NotNull(text);
        Assert.Equal(MessageTemplates.MaxOutputLength, text.Length);
        Assert.StartsWith("Bio: aaa", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% include 'secret' %}")]
    [InlineData("{% render 'x' %}")]
    [InlineData("{% layout 'x' %}")]
    [InlineData("{% section 'x' %}")]
    [InlineData("{% renderbody %}")]
    public void Tags_that_reach_other_templates_are_refused(string template)
    {
        var error = _templates.Check(template);

        Assert.NotNull(error);
        Assert.Null(_templates.Render(template, Model()));
    }

    [Theory]
    [InlineData("{{ contact.firstname ")]
    [InlineData("{% if contact.firstname %}Hi")]
    [InlineData("{{ contact.firstname | }}")]
    public void Check_explains_broken_liquid(string template)
    {
        var error = _templates.Check(template);

        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hello")]
    [InlineData("Hi {{ contact.firstname | default: \"there\" }}")]
    [InlineData("{% if vars.reason == 'sales' %}Sales{% else %}Other{% endif %}")]
    public void Check_accepts_valid_liquid(string template)
    {
        var error = _templates.Check(template);

        Assert.Null(error);
    }

    [Fact]
    public void Broken_template_renders_as_null()
    {
        var text = _templates.Render("Hi {{ contact.firstname ", Model());

        Assert.Null(text);
    }

    [Fact]
    public void Same_template_renders_each_model_on_its_own()
    {
        const string template = "Hi {{ contact.firstname | default: \"there\" }}";

        var anna = _templates.Render(template, Model(contact: new() { ["firstname"] = "Anna" }));
        var nobody = _templates.Render(template, Model());

        Assert.Equal(("Hi Anna", "Hi there"), (anna, nobody));
    }

    private static MessageTemplateModel Model(Dictionary<string, string>? contact = null) =>
        new(contact ?? new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>());
}
