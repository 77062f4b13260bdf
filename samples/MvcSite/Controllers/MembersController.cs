using Microsoft.AspNetCore.Mvc;

namespace MvcSite.Controllers;

/// <summary>Only for signed-in members: the site's fallback policy requires sign-in everywhere not marked anonymous.</summary>
public sealed class MembersController : Controller
{
    public IActionResult Index() => View();
}
