using System.Text.RegularExpressions;
using Chatflows.Core.Availability;
using Chatflows.Core.Validation;
using NodaTime;

namespace Chatflows.Core.Channel;

/// <summary>
/// The chat channel every chatflow on the site shares: its look (W1, W2), welcome message (W3)
/// and the time zone office hours are read in (W5).
/// </summary>
public sealed partial record ChannelSettings
{
    /// <summary>Accent colour of the widget as <c>#rrggbb</c> (W1).</summary>
    public string AccentColor { get; init; } = "#2f6feb";

    /// <summary>Name shown in the widget header (W2); defaults to the company name.</summary>
    public string HeadingName { get; init; } = "Chat";

    /// <summary>Avatar shown in the widget header (W2), a site-relative or https URL; empty for initials.</summary>
    public string AvatarUrl { get; init; } = "";

    /// <summary>Welcome message shown when a visitor opens the chat (W3).</summary>
    public string WelcomeMessage { get; init; } = "Hi! How can we help you today?";

    /// <summary>IANA time zone of the site, used for office hours (W5).</summary>
    public string TimeZone { get; init; } = "Europe/Amsterdam";

    /// <summary>The site's time zone for office hours, "today" in reports and the like; UTC if the stored id is unknown.</summary>
    public DateTimeZone Zone() => DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZone) ?? DateTimeZone.Utc;

    /// <summary>When the team is there to chat and what visitors see when it is not (W5–W7). Default 24/7.</summary>
    public AvailabilitySettings Availability { get; init; } = new();

    /// <summary>How long conversations, consents and visitor ids are kept (G1). Default: everything is kept.</summary>
    public RetentionSettings Retention { get; init; } = new();

    /// <summary>The contact properties editors pick from in the builder and targeting (G1). Default: <see cref="ContactPropertyDefinition.Defaults"/>.</summary>
    public IReadOnlyList<ContactPropertyDefinition> ContactProperties { get; init; } = ContactPropertyDefinition.Defaults;

    public const int MaxContactProperties = 200;

    public const int MaxHeadingLength = 60;
    public const int MaxWelcomeMessageLength = 1000;

    /// <summary>Every problem with these settings; empty when they can be saved.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        List<FieldError> errors = [];
        if (!HexColor().IsMatch(AccentColor))
        {
            errors.Add(new("accentColor", ValidationTexts.ChannelAccentColor()));
        }

        if (string.IsNullOrWhiteSpace(HeadingName) || HeadingName.Length > MaxHeadingLength)
        {
            errors.Add(new("headingName", ValidationTexts.ChannelHeading(MaxHeadingLength)));
        }

        if (!IsSafeAvatarUrl(AvatarUrl))
        {
            errors.Add(new("avatarUrl", ValidationTexts.ChannelAvatarUrl()));
        }

        if (string.IsNullOrWhiteSpace(WelcomeMessage) || WelcomeMessage.Length > MaxWelcomeMessageLength)
        {
            errors.Add(new("welcomeMessage", ValidationTexts.ChannelWelcome(MaxWelcomeMessageLength)));
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZone) is null)
        {
            errors.Add(new("timeZone", ValidationTexts.ChannelTimeZone(TimeZone)));
        }

        errors.AddRange(Availability.Validate().Select(e => e with { Field = $"availability.{e.Field}" }));
        errors.AddRange(Retention.Validate().Select(e => e with { Field = $"retention.{e.Field}" }));
        errors.AddRange(ContactProperties.SelectMany((p, i) => p.Validate().Select(e => e with { Field = $"contactProperties[{i}].{e.Field}" })));
        if (ContactProperties.Count > MaxContactProperties)
        {
            errors.Add(new("contactProperties", ValidationTexts.ContactPropertyCount(MaxContactProperties)));
        }

        foreach (var twice in ContactProperties.Select((p, i) => (p.Name, i)).GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new($"contactProperties[{twice.Last().i}].name", ValidationTexts.ContactPropertyTwice(twice.Key)));
        }

        return errors;
    }

    // A javascript: or data: URL in an <img src> is how an avatar would become an attack.
    private static bool IsSafeAvatarUrl(string url) =>
        url.Length == 0
        || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
