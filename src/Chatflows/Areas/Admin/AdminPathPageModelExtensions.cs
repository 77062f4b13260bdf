using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Areas.Admin;

/// <summary>The admin path from a page model.</summary>
public static class AdminPathPageModelExtensions
{
    public static string AdminUrl(this PageModel page, string rest) =>
        page.HttpContext.RequestServices.GetRequiredService<AdminPath>().To(rest);
}
