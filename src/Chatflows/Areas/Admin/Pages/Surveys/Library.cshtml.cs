using Chatflows.Security;
using Chatflows.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Surveys;

/// <summary>The survey library (O9, "link an existing survey"): surveys defined once and picked by chatflows.</summary>
[Authorize(Policy = Permissions.ManageChatflows)]
public sealed class LibraryModel(SurveyQueries queries) : PageModel
{
    public IReadOnlyList<SurveyDefinition> Surveys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Surveys = await queries.ListAsync(cancellationToken);
}
