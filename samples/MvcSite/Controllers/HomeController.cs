using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MvcSite.Controllers;

public sealed class HomeController : Controller
{
    [AllowAnonymous]
    public IActionResult Index() => View();

    /// <summary>Fails on purpose, to show the site's own error page still answers its own failures.</summary>
    [AllowAnonymous]
    public IActionResult Fail() => throw new InvalidOperationException("The sample fails here on purpose.");

    [AllowAnonymous]
    public IActionResult Error() => View();
}
