using Chatflows.Core.Validation;
using Chatflows.Mail;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Mail;

/// <summary>The mail page (M1): sender, notifications on or off, hand-off reminders per team, a test mail, and the outbox.</summary>
public sealed class IndexModel(MailQueries queries, MailActions actions, EditorTexts words) : PageModel
{
    [BindProperty]
    public string FromName { get; set; } = "";

    [BindProperty]
    public string FromAddress { get; set; } = "";

    /// <summary>The notifications left switched on.</summary>
    [BindProperty]
    public List<string> Enabled { get; set; } = [];

    /// <summary>Minutes per team id; 0 or empty is off.</summary>
    [BindProperty]
    public Dictionary<string, int?> TeamMinutes { get; set; } = [];

    [BindProperty]
    public string TestAddress { get; set; } = "";

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    public IReadOnlyList<MailOutboxRow> Outbox { get; private set; } = [];

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyList<(string Id, string Name)> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await queries.SettingsAsync(cancellationToken);
        FromName = settings.FromName;
        FromAddress = settings.FromAddress;
        Enabled = [.. MailNotifications.All.Where(settings.IsOn)];
        TeamMinutes = settings.TeamHandoffMinutes.ToDictionary(p => p.Key, p => (int?)p.Value);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken cancellationToken)
    {
        var errors = await actions.SaveAsync(new MailSettings
        {
            FromName = FromName ?? "",
            FromAddress = (FromAddress ?? "").Trim(),
            Disabled = [.. MailNotifications.All.Where(n => !Enabled.Contains(n))],
            TeamHandoffMinutes = TeamMinutes.Where(p => p.Value is > 0 || p.Value is < 0).ToDictionary(p => p.Key, p => p.Value!.Value),
        }, cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.Field, words.Of(error));
            }

            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.MailSaved());
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken)
    {
        if (!await actions.SendTestAsync(TestAddress ?? "", "en", cancellationToken))
        {
            ModelState.AddModelError(nameof(TestAddress), words.Of(ValidationTexts.MailTestAddress()));
            await OnGetAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.MailTestQueued((TestAddress ?? "").Trim()));
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        TempData["Notice"] = await actions.RetryAsync(id, cancellationToken) ? words.Of(ValidationTexts.MailRetried()) : words.Of(ValidationTexts.MailNotFailed());
        return RedirectToPage("Index", new { status = Status });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Outbox = await queries.OutboxAsync(Status, cancellationToken);
        Counts = await queries.CountsAsync(cancellationToken);
        Teams = await queries.TeamsAsync(cancellationToken);
    }
}
