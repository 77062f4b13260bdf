using System.ComponentModel.DataAnnotations;
using Chatflows.Channel;
using Chatflows.Core.Channel;
using Chatflows.Core.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Contacts;

/// <summary>The site's retention periods (G1), kept with the channel settings so one version guards both pages.</summary>
public sealed class RetentionModel(ChannelSettingsStore channel, EditorTexts words) : PageModel
{
    [BindProperty, Display(Name = "Days to keep conversations")]
    public int? ConversationsDays { get; set; }

    [BindProperty, Display(Name = "Days to keep consent answers")]
    public int? ConsentsDays { get; set; }

    [BindProperty, Display(Name = "Days to keep unused visitor ids")]
    public int? UnusedVisitorIdsDays { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await channel.GetAsync(cancellationToken);
        (ConversationsDays, ConsentsDays, UnusedVisitorIdsDays) =
            (current.Settings.Retention.ConversationsDays, current.Settings.Retention.ConsentsDays, current.Settings.Retention.UnusedVisitorIdsDays);
        Version = current.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var current = await channel.GetAsync(cancellationToken);
        var retention = new RetentionSettings { ConversationsDays = ConversationsDays, ConsentsDays = ConsentsDays, UnusedVisitorIdsDays = UnusedVisitorIdsDays };
        var result = await channel.SaveAsync(current.Settings with { Retention = retention }, Version, cancellationToken);
        foreach (var error in result.Errors)
        {
            var field = error.Field.Replace("retention.", "", StringComparison.Ordinal);
            ModelState.AddModelError(field.Length > 0 ? char.ToUpperInvariant(field[0]) + field[1..] : "", words.Of(error));
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.RetentionSaved());
        return RedirectToPage("Retention");
    }
}
