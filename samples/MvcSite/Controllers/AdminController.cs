using Microsoft.AspNetCore.Mvc;

namespace MvcSite.Controllers;

/// <summary>The site's own /Admin, which is why this site moves the Chatflows admin to /chatflows-admin.</summary>
public sealed class AdminController : Controller
{
    public IActionResult Index() => View();
}
