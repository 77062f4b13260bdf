using Chatflows.Core.Channel;

namespace Chatflows.Core.Tests.Channel;

public sealed class ChannelSettingsTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        var errors = new ChannelSettings().Validate();

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#1234567")]
    [InlineData("#12345g")]
    public void Accent_colour_must_be_six_hex_digits(string colour)
    {
        var errors = new ChannelSettings { AccentColor = colour }.Validate();

        Assert.Equal("accentColor", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:image/svg+xml;base64,PHN2Zz4=", false)]
    [InlineData("//evil.example/a.png", false)]
    [InlineData("http://cdn.example/a.png", false)]
    [InlineData("https://cdn.example/a.png", true)]
    [InlineData("/theme/logo.svg", true)]
    [InlineData("", true)]
    public void Avatar_must_be_a_site_path_or_https(string url, bool valid)
    {
        var errors = new ChannelSettings { AvatarUrl = url }.Validate();

        Assert.Equal(valid, errors.Count == 0);
    }

    [Fact]
    public void Unknown_time_zone_is_reported_with_an_example()
    {
        var errors = new ChannelSettings { TimeZone = "Mars/Olympus" }.Validate();

        var error = Assert.Single(errors);
        Assert.Equal("timeZone", error.Field);
        Assert.Contains("Europe/Amsterdam", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_heading_and_welcome_message_are_both_reported()
    {
        var errors = new ChannelSettings { HeadingName = " ", WelcomeMessage = "" }.Validate();

        Assert.Equal(["headingName", "welcomeMessage"], errors.Select(e => e.Field));
    }
}
