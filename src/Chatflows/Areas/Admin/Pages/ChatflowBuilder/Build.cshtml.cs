using Chatflows.Analytics;
using Chatflows.Builder;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.References;
using Chatflows.Core.Validation;
using Chatflows.Flows;
using Chatflows.PickLists;
using Chatflows.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.ChatflowBuilder;

/// <summary>
/// The bot builder (B1–B5, B7). One server-rendered form holds the whole path; "+", reconnect and the
/// branch buttons change the form and show it again unsaved, and only Save writes the draft, against
/// the version the editor started from.
/// </summary>
[Authorize(Policy = Permissions.ManageChatflows)]
public sealed class BuildModel(
    ChatflowStore store, ChatflowQueries queries, BuilderForm form, FlowValidator validator, ActionCatalog catalog, OverviewDropOffReader dropOff,
    PickListQueries lists, ReferenceCheck references, EditorTexts words) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>The action to show opened: from "go to action", the overview graph or the last change.</summary>
    [BindProperty(SupportsGet = true, Name = "open")]
    public string? Open { get; set; }

    public string Name { get; private set; } = "";

    /// <summary>The header shared by all of a chatflow's pages: status, switch, publish and tabs.</summary>
    public ChatflowAdmin.ChatflowHeader? Header { get; private set; }

    public FlowInput Input { get; private set; } = new();

    public Chatflow Flow { get; private set; } = new();

    public IReadOnlyList<FlowFinding> Findings { get; private set; } = [];

    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    public OverviewLayout Overview { get; private set; } = new(0, 0, [], []);

    /// <summary>The overview's date range for drop-off (P4); default the last 30 days.</summary>
    [BindProperty(SupportsGet = true, Name = "statsFrom")]
    public string? StatsFrom { get; set; }

    [BindProperty(SupportsGet = true, Name = "statsTo")]
    public string? StatsTo { get; set; }

    /// <summary>Reached/left per action on the overview graph; null for users without ViewAnalytics.</summary>
    public OverviewDropOff? DropOff { get; private set; }

    public IReadOnlyList<PersonalisationToken> Tokens { get; private set; } = [];

    public ActionCatalog Catalog => catalog;

    /// <summary>The choices of every pick list (users, teams, meeting types, pipelines, statuses, knowledge bases, contact properties).</summary>
    public PickListSet Picks { get; private set; } = new(new Dictionary<ReferenceKind, IReadOnlyList<PickOption>>());

    public override async Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        Picks = await lists.AllAsync(HttpContext.RequestAborted);
        await next();
    }

    /// <summary>True when the page shows changes that are not saved yet.</summary>
    public bool Dirty { get; private set; }

    /// <summary>The stored draft's version when a save lost to someone else's; offers "save mine over theirs".</summary>
    public Guid? ConflictVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await store.GetDraftAsync(Id, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        Header = await queries.FindAsync(Id, cancellationToken) is { } chatflow ? ChatflowAdmin.ChatflowHeader.For(chatflow, "build") : null;

        await ShowAsync(form.FromFlow(draft.Draft, draft.Version), draft.Draft, cancellationToken: cancellationToken);
        if (Open is { Length: > 0 } wanted && Input.Find(wanted) is null)
        {
            Open = Input.Actions.FirstOrDefault(a => a.Id.Contains(wanted, StringComparison.OrdinalIgnoreCase))?.Id;
        }

        DropOff = await dropOff.ReadAsync(User, Id, StatsFrom, StatsTo, cancellationToken);
        if (DropOff is { Filter.IsValid: false })
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? op, Guid? over, CancellationToken cancellationToken)
    {
        if (await store.GetDraftAsync(Id, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        Header = await queries.FindAsync(Id, cancellationToken) is { } chatflow ? ChatflowAdmin.ChatflowHeader.For(chatflow, "build") : null;

        var input = BuilderForm.Read(Request.Form);
        var (verb, argument, extra) = Split(op);
        switch (verb)
        {
            case "insert" when int.TryParse(argument, out var position) && catalog.Find(extra) is not null:
                var action = form.NewAction(extra, input);
                FlowEdits.Insert(input, position, action);
                Open = action.Id;
                break;
            case "remove":
                FlowEdits.Remove(input, argument);
                break;
            case "reconnect":
                FlowEdits.Reconnect(input, argument);
                Open = argument;
                break;
            case "branch":
                FlowEdits.AddBranch(input, argument);
                Open = argument;
                break;
            case "unbranch" when int.TryParse(extra, out var branch):
                FlowEdits.RemoveBranch(input, argument, branch);
                Open = argument;
                break;
            case "row-add" or "row-remove" or "row-up" or "row-down" when RowField(input, argument, extra) is var (rowAction, field, row)
                && rowAction is not null && SettingsRows.Apply(rowAction, field!, verb[4..], row):
                Open = argument;
                break;
            case "save":
                return await SaveAsync(input, draft.Draft, input.Version, cancellationToken);
            case "save-over" when over is { } latest:
                return await SaveAsync(input, draft.Draft, latest, cancellationToken);
            default:
                return new BadRequestObjectResult(new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Unknown builder operation",
                    Detail = "The form asked for an operation the builder does not have, or for an action type this site does not know.",
                });
        }

        Dirty = true;
        await ShowAsync(input, draft.Draft, cancellationToken: cancellationToken);
        return Page();
    }

    private async Task<IActionResult> SaveAsync(FlowInput input, Chatflow stored, Guid version, CancellationToken cancellationToken)
    {
        var (flow, errors) = form.ToFlow(input, stored);
        Dirty = true;
        if (errors.Count > 0)
        {
            await ShowAsync(input, stored, errors, cancellationToken);
            return Page();
        }

        // B7: broken Liquid is refused at save, next to the text it is in; other findings are warnings the draft may have.
        var templateErrors = validator.Validate(flow).Where(f => ValidationTexts.IsTemplateError(f.Text))
            .Select(f => new FieldError(FieldOf(flow, f), f.Message) { Text = f.Text }).ToList();
        if (templateErrors.Count > 0)
        {
            await ShowAsync(input, stored, templateErrors, cancellationToken);
            return Page();
        }

        var saved = await store.SaveDraftAsync(flow, version, cancellationToken);
        if (saved.IsConflict)
        {
            ConflictVersion = (await store.GetDraftAsync(Id, cancellationToken))?.Version;
            await ShowAsync(input, stored, [new FieldError("", Core.Validation.ValidationTexts.BuilderConflict())], cancellationToken);
            return Page();
        }

        if (!saved.Succeeded)
        {
            await ShowAsync(input, stored, saved.Errors, cancellationToken);
            return Page();
        }

        TempData["Notice"] = words.Of(Core.Validation.ValidationTexts.BuilderSaved());
        return Redirect(this.AdminUrl($"/chatflows/{Uri.EscapeDataString(Id)}/build"));
    }

    private async Task ShowAsync(FlowInput input, Chatflow stored, IEnumerable<FieldError>? errors = null, CancellationToken cancellationToken = default)
    {
        Input = input;
        Name = stored.Name;
        Flow = form.ToFlow(input, stored).Flow;
        // Ids deleted since the draft named them are warnings here and errors at publish (B2, C4).
        Findings = [.. validator.Validate(Flow), .. await references.CheckAsync(Flow, forPublish: false, cancellationToken)];
        Tokens = PersonalisationTokens.For(Flow);
        Overview = FlowOverview.Layout(Flow, Findings.Select(f => f.ActionId).OfType<string>().ToHashSet(StringComparer.Ordinal));
        foreach (var error in errors ?? [])
        {
            // A problem with no field on this page (e.g. the chatflow's id) goes in the message at the top, never nowhere.
            var field = error.Field == "Welcome" || error.Field.StartsWith("A[", StringComparison.Ordinal) ? error.Field : "";
            var message = words.Of(error);
            FieldErrors[field] = FieldErrors.TryGetValue(field, out var earlier) ? $"{earlier} {message}" : message;
        }
    }

    /// <summary>The action and its rows setting a row button names: <c>row-up:{action}:{field}:{row}</c>.</summary>
    private (ActionInput? Action, SettingsField? Field, int Row) RowField(FlowInput input, string actionId, string extra)
    {
        var parts = extra.Split(':', 2);
        var row = parts.Length > 1 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
        var action = input.Find(actionId);
        var field = action is not null && catalog.Find(action.Type) is { } bot
            ? ActionSettingsSchema.For(bot.SettingsType).FirstOrDefault(f => f.Kind == SettingsFieldKind.Rows && f.Name == parts[0])
            : null;
        return field is null ? (null, null, row) : (action, field, row);
    }

    private static string FieldOf(Chatflow flow, FlowFinding finding)
    {
        if (finding.ActionId is null)
        {
            return finding.Code == "flow.welcome" ? "Welcome" : "";
        }

        var index = flow.Actions.ToList().FindIndex(a => a.Id == finding.ActionId);
        return index < 0 ? "" : $"A[{index}].S.{finding.Field}";
    }

    private static (string Verb, string Argument, string Extra) Split(string? op)
    {
        var parts = (op ?? "").Split(':', 3);
        return (parts[0], parts.Length > 1 ? parts[1] : "", parts.Length > 2 ? parts[2] : "");
    }
}
