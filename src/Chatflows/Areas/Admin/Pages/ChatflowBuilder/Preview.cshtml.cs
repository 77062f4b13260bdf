using Chatflows.Flows;
using Chatflows.Security;
using Chatflows.Widget;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.ChatflowBuilder;

/// <summary>
/// Try the draft as a visitor would (B6): the real widget, pointed at the preview API, so what the
/// editor sees is what visitors will get once it is published — minus analytics and targeting.
/// </summary>
[Authorize(Policy = Permissions.ManageChatflows)]
public sealed class PreviewModel(ChatflowQueries queries, WidgetAssets assets) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>The language to try (L1): one of the draft's; its base language when left out or not one of them.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Lang { get; set; }

    public string Name { get; private set; } = "";

    /// <summary>The draft's languages, base language first.</summary>
    public IReadOnlyList<string> Languages { get; private set; } = [];

    public string Language { get; private set; } = "";

    public string LoaderUrl => $"/chatflows/widget/{assets.LoaderFile}";

    public string ApiBase => $"{Request.Scheme}://{Request.Host}{this.AdminUrl("")}/chatflows/{Uri.EscapeDataString(Id)}/preview";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await queries.FindAsync(Id, cancellationToken) is not { } chatflow)
        {
            return NotFound();
        }

        Name = chatflow.Name;
        Languages = chatflow.Draft.Languages;
        Language = Lang is { } lang && Languages.Contains(lang) ? lang : chatflow.Draft.Language;
        return Page();
    }
}
