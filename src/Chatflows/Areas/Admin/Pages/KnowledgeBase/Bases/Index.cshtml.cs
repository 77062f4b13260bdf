using Chatflows.KnowledgeBase;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.KnowledgeBase.Bases;

public sealed class IndexModel(KnowledgeBases bases) : PageModel
{
    public IReadOnlyList<KnowledgeBaseRow> Bases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Bases = await bases.ListAsync(cancellationToken);
}
