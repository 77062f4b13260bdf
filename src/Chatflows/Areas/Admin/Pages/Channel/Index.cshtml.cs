using Chatflows.Channel;
using Chatflows.Core.Validation;
using Chatflows.Security;
using Chatflows.Widget;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Areas.Admin.Pages.Channel;

/// <summary>
/// Chat channel set-up (W1–W3, W5–W9): the look, welcome message and availability every chatflow
/// shares, the avatar upload, a preview per device and the embed snippet. Saves against the version
/// the editor opened, like the builder.
/// </summary>
[Authorize(Policy = Permissions.ManageChannel)]
[RequestFormLimits(MultipartBodyLengthLimit = AvatarImage.MaxUploadBytes)]
[RequestSizeLimit(AvatarImage.MaxUploadBytes + 64 * 1024)]
public sealed class IndexModel(
    ChannelSettingsStore store, ChannelAvatars avatars, ChannelAvailability availability, IOptions<WidgetOriginsOptions> origins,
    IOptions<Visitors.Continuity.ConversationsOptions> conversations, SiteAddress site, Core.Text.TextCatalog texts, ChannelLanguages languages) : PageModel
{
    [BindProperty]
    public ChannelInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public IFormFile? Avatar { get; set; }

    public string AvatarUrl { get; private set; } = "";

    /// <summary>The availability line visitors would see now, in the base language first, then in each translated language.</summary>
    public IReadOnlyList<StatusLine> StatusLines { get; private set; } = [];

    /// <summary>The languages of the site's chatflows: the base the messages above are in, and the ones to translate them into.</summary>
    public SiteLanguages Site { get; private set; } = new(Core.Text.TextCatalog.Fallback, []);

    /// <summary>Languages the catalog has that no row offers yet, for "add a language".</summary>
    public IReadOnlyList<string> Addable => [.. texts.Languages.Where(l => l != Site.Base && !Input.Translations.Any(t => t.Language == l))];

    /// <summary>Shown here, edited on Contacts › Data retention (it needs <c>ManageContacts</c>).</summary>
    public Core.Channel.RetentionSettings Retention { get; private set; } = new();

    /// <summary>
    /// The other sites allowed to embed the widget (W9), read-only: CORS is decided at start-up, so
    /// origins stay configuration rather than a setting that would seem to apply at once.
    /// </summary>
    public IReadOnlyList<string> AllowedOrigins => [.. origins.Value.NormalizedOrigins()];

    /// <summary>
    /// How long a handed-off conversation may stay idle before the module closes it (issue 16), read-only like the
    /// origins: it is <c>Chatflows:Conversations:CloseAfterInactivity</c>, the same on every node.
    /// </summary>
    public string CloseAfterInactivity => Describe(conversations.Value.CloseAfterInactivity);

    /// <summary>Pasted into other sites, so it carries the configured public address, never the Host header of this request.</summary>
    public string EmbedSnippet => $"<script async src=\"{site.Absolute("/chatflows/embed.js")}\"></script>";

    /// <param name="add">Languages to offer a row for although no chatflow has them yet ("add a language"); only the catalog's.</param>
    public async Task OnGetAsync(string[]? add, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(cancellationToken);
        Site = await languages.ReadAsync(cancellationToken);
        Input = ChannelInput.From(current.Settings, Site.Base, [.. Site.Translations, .. (add ?? []).Where(texts.Has).Take(Core.Availability.AvailabilitySettings.MaxTranslations)]);
        Version = current.Version;
        await FillAsync(current, cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(cancellationToken);
        var (settings, errors) = Input.ToSettings(current.Settings);
        if (errors.Count == 0 && ModelState.IsValid)
        {
            var saved = await store.SaveAsync(settings, Version, cancellationToken);
            if (saved.Succeeded)
            {
                TempData["Notice"] = Words.Of(ValidationTexts.ChannelSaved());
                return RedirectToPage();
            }

            errors.AddRange(saved.IsConflict
                ? [new FieldError("", ValidationTexts.ChannelConflict())]
                : saved.Errors.Select(e => e with { Field = Field(e.Field) is { Length: > 0 } name ? $"Input.{name}" : "" }));
        }

        AddErrors(errors);
        await FillAsync(current, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAvatarAsync(CancellationToken cancellationToken)
    {
        var content = await AvatarImage.ReadAsync(Avatar, cancellationToken);
        return await FinishAvatarAsync(await avatars.UploadAsync(content, Version, cancellationToken), ValidationTexts.AvatarUploaded(), cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAvatarAsync(CancellationToken cancellationToken) =>
        await FinishAvatarAsync(await avatars.RemoveAsync(Version, cancellationToken), ValidationTexts.AvatarRemoved(), cancellationToken);

    private EditorTexts Words => HttpContext.RequestServices.GetRequiredService<EditorTexts>();

    private async Task<IActionResult> FinishAvatarAsync(AvatarUpload result, Core.Text.TextMessage notice, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            TempData["Notice"] = Words.Of(notice);
            return RedirectToPage();
        }

        ModelState.AddModelError(nameof(Avatar), result.IsConflict ? Words.Of(ValidationTexts.ChannelConflict()) : Words.Of(result.Error!));
        var current = await store.GetAsync(cancellationToken);
        Site = await languages.ReadAsync(cancellationToken);
        Input = ChannelInput.From(current.Settings, Site.Base, Site.Translations);
        await FillAsync(current, cancellationToken);
        return Page();
    }

    private async Task FillAsync(VersionedChannelSettings current, CancellationToken cancellationToken)
    {
        AvatarUrl = current.Settings.AvatarUrl;
        Retention = current.Settings.Retention;
        Site = await languages.ReadAsync(cancellationToken);

        // One read of the team's load for every language: only the words differ between the lines.
        var load = await availability.LoadAsync(cancellationToken);
        StatusLines = [.. new[] { Site.Base }.Concat(Input.Translations.Select(t => t.Language ?? "")).Where(texts.Has).Distinct(StringComparer.Ordinal)
            .Select(language => StatusLine.Of(availability.Evaluate(current.Settings, load, null, language), texts.For(language)))];
    }

    private static string Describe(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.TotalDays % 1 == 0 => span.TotalDays == 1 ? "1 day" : $"{span.TotalDays:0} days",
        { TotalHours: >= 1 } when span.TotalHours % 1 == 0 => span.TotalHours == 1 ? "1 hour" : $"{span.TotalHours:0} hours",
        _ => span.TotalMinutes == 1 ? "1 minute" : $"{Math.Round(span.TotalMinutes):0} minutes",
    };

    public static IReadOnlyDictionary<Core.Availability.TypicalResponseTime, string> ResponseTimes { get; } = new Dictionary<Core.Availability.TypicalResponseTime, string>
    {
        [Core.Availability.TypicalResponseTime.None] = "(don't show)",
        [Core.Availability.TypicalResponseTime.FewMinutes] = "in a few minutes",
        [Core.Availability.TypicalResponseTime.WithinAnHour] = "within an hour",
        [Core.Availability.TypicalResponseTime.FewHours] = "in a few hours",
        [Core.Availability.TypicalResponseTime.WithinADay] = "within a day",
    };

    private void AddErrors(IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, Words.Of(error));
        }
    }

    // "availability.awayMessage" → "AwayMessage"; office-hours problems are listed at the hours.
    private static string Field(string field) => field switch
    {
        "accentColor" => nameof(ChannelInput.AccentColor),
        "headingName" => nameof(ChannelInput.HeadingName),
        "welcomeMessage" => nameof(ChannelInput.WelcomeMessage),
        "timeZone" => nameof(ChannelInput.TimeZone),
        "availability.awayMessage" => nameof(ChannelInput.AwayMessage),
        "availability.awayBehavior" => nameof(ChannelInput.AwayBehavior),
        "availability.offlineMessage" => nameof(ChannelInput.OfflineMessage),
        "availability.waitMessage" => nameof(ChannelInput.WaitMessage),
        _ when field.StartsWith("availability.translations", StringComparison.Ordinal) => nameof(ChannelInput.Translations),
        _ when field.StartsWith("availability.officeHours.holidays", StringComparison.Ordinal) => nameof(ChannelInput.Holidays),
        _ when field.StartsWith("availability.officeHours", StringComparison.Ordinal) => nameof(ChannelInput.Hours),
        _ => "",
    };
}
