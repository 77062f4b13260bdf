using System.Text.Json;
using Chatflows.Core.Availability;
using Chatflows.Core.Channel;
using Chatflows.Core.Flows;
using NodaTime;
using static Chatflows.Core.Tests.Availability.Amsterdam;

namespace Chatflows.Core.Tests.Availability;

public sealed class AvailabilitySettingsTests
{
    [Fact]
    public void Defaults_are_valid_and_always_on()
    {
        var settings = new AvailabilitySettings();

        Assert.Empty(settings.Validate());
        Assert.Equal(AvailabilityMode.AlwaysOn, settings.Mode);
    }

    [Theory]
    [InlineData(AvailabilityMode.AlwaysOn, true)]
    [InlineData(AvailabilityMode.Users, false)]
    [InlineData(AvailabilityMode.OfficeHours, false)]
    public void Away_message_is_needed_only_in_modes_that_can_be_away(AvailabilityMode mode, bool valid)
    {
        var settings = new AvailabilitySettings { Mode = mode, AwayMessage = " " };

        var errors = settings.Validate();

        Assert.Equal(valid ? [] : ["awayMessage"], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(OfflineBehavior.ShowAwayMessage, false)]
    [InlineData(OfflineBehavior.ShowBackTime, true)]
    [InlineData(OfflineBehavior.HideLauncher, true)]
    public void Offline_message_is_needed_only_when_it_is_shown(OfflineBehavior behavior, bool valid)
    {
        var settings = new AvailabilitySettings { Mode = AvailabilityMode.OfficeHours, OfflineBehavior = behavior, OfflineMessage = "" };

        var errors = settings.Validate();

        Assert.Equal(valid ? [] : ["offlineMessage"], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(CapacityBehavior.ShowWaitMessage, false)]
    [InlineData(CapacityBehavior.HideLauncher, true)]
    [InlineData(CapacityBehavior.DoNothing, true)]
    public void Wait_message_is_needed_only_when_it_is_shown(CapacityBehavior behavior, bool valid)
    {
        var settings = new AvailabilitySettings { CapacityBehavior = behavior, WaitMessage = "" };

        var errors = settings.Validate();

        Assert.Equal(valid ? [] : ["waitMessage"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Overlong_message_is_reported_even_when_unused()
    {
        var settings = new AvailabilitySettings { CapacityBehavior = CapacityBehavior.DoNothing, WaitMessage = new string('x', 1001) };

        var errors = settings.Validate();

        Assert.Equal(["waitMessage"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Unknown_mode_is_reported()
    {
        var settings = new AvailabilitySettings { Mode = (AvailabilityMode)7 };

        var errors = settings.Validate();

        Assert.Equal(["mode"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Office_hours_problems_are_prefixed_and_reach_the_channel_settings()
    {
        var availability = new AvailabilitySettings { OfficeHours = Hours(Day(IsoDayOfWeek.Monday, Range("09:00", "09:00"))) };

        var errors = new ChannelSettings { Availability = availability }.Validate();

        Assert.Equal(["availability.officeHours.days[0].ranges[0]"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Settings_survive_a_json_round_trip_in_the_flow_json_shape()
    {
        var settings = new AvailabilitySettings
        {
            Mode = AvailabilityMode.OfficeHours,
            OfficeHours = Hours(
                Day(IsoDayOfWeek.Monday, Range("09:00", "12:00"), Range("13:00", "17:30")),
                Day(IsoDayOfWeek.Friday, Range("22:00", "02:00"))) with { Holidays = [new LocalDate(2026, 12, 25)] },
            TypicalResponseTime = TypicalResponseTime.WithinAnHour,
            OfflineBehavior = OfflineBehavior.HideLauncher,
            CapacityBehavior = CapacityBehavior.DoNothing,
        };

        var json = JsonSerializer.Serialize(settings, FlowJson.Options);
        var read = JsonSerializer.Deserialize<AvailabilitySettings>(json, FlowJson.Options)!;

        Assert.Contains("""{"day":"friday","ranges":[{"start":"22:00","end":"02:00"}]}""", json, StringComparison.Ordinal);
        Assert.Contains("""
            "holidays":["2026-12-25"]
            """, json, StringComparison.Ordinal);
        Assert.Equal(json, JsonSerializer.Serialize(read, FlowJson.Options));
        Assert.Equal(settings with { OfficeHours = read.OfficeHours, Translations = read.Translations }, read);
        Assert.Equal([Range("22:00", "02:00")], read.OfficeHours.RangesOn(IsoDayOfWeek.Friday));
        Assert.Equal([new LocalDate(2026, 12, 25)], read.OfficeHours.Holidays);
    }

    [Fact]
    public void Partial_json_from_a_recipe_keeps_the_defaults_for_what_it_leaves_out()
    {
        const string json = """{ "mode": "officeHours", "officeHours": { "days": [{ "day": "saturday", "ranges": [{ "start": "10:00", "end": "14:00" }] }] } }""";

        var read = JsonSerializer.Deserialize<AvailabilitySettings>(json, FlowJson.Options)!;

        Assert.Equal(AvailabilityMode.OfficeHours, read.Mode);
        Assert.Equal([Range("10:00", "14:00")], read.OfficeHours.RangesOn(IsoDayOfWeek.Saturday));
        Assert.Empty(read.OfficeHours.Holidays);
        Assert.Equal(new AvailabilitySettings().WaitMessage, read.WaitMessage);
    }

    [Theory]
    [InlineData("""{ "officeHours": { "days": [{ "day": "monday", "ranges": [{ "start": "25:00", "end": "14:00" }] }] } }""")]
    [InlineData("""{ "officeHours": { "holidays": ["25-12-2026"] } }""")]
    public void Malformed_time_or_date_is_a_json_error(string json)
    {
        var read = () => JsonSerializer.Deserialize<AvailabilitySettings>(json, FlowJson.Options);

        Assert.Throws<JsonException>(read);
    }

    [Theory]
    [InlineData("nl", "Even weg.", "Gesloten.")]
    [InlineData("NL-be", "Even weg.", "Gesloten.")]
    [InlineData("de", "Away.", "Offline.")]
    [InlineData(null, "Away.", "Offline.")]
    public void Messages_in_a_language_take_its_translation_text_by_text_and_else_the_base(string? language, string away, string offline)
    {
        var settings = new AvailabilitySettings
        {
            AwayMessage = "Away.", OfflineMessage = "Offline.", WaitMessage = "Wait.",
            Translations = new Dictionary<string, AvailabilityTranslation> { ["nl"] = new() { AwayMessage = "Even weg.", OfflineMessage = "Gesloten.", WaitMessage = " " } },
        };

        var shown = settings.InLanguage(language);

        Assert.Equal((away, offline, "Wait."), (shown.AwayMessage, shown.OfflineMessage, shown.WaitMessage));
    }

    [Fact]
    public void Translations_survive_the_settings_json_and_a_malformed_language_is_refused()
    {
        var settings = new AvailabilitySettings { Translations = new Dictionary<string, AvailabilityTranslation> { ["nl"] = new() { WaitMessage = "Even geduld." } } };
        var json = JsonSerializer.Serialize(settings, JsonSerializerOptions.Web);
        var bad = settings with { Translations = new Dictionary<string, AvailabilityTranslation> { ["<b>"] = new() { WaitMessage = "x" } } };

        Assert.Equal("Even geduld.", JsonSerializer.Deserialize<AvailabilitySettings>(json, JsonSerializerOptions.Web)!.Translations["nl"].WaitMessage);
        Assert.Equal(["translations"], bad.Validate().Select(e => e.Field));
    }
}
