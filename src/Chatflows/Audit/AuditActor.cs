using Microsoft.AspNetCore.Http;

namespace Chatflows.Audit;

/// <summary>Who a change made through a shared write service is recorded against: the signed-in user, or the setup for a recipe.</summary>
public sealed class AuditActor(IHttpContextAccessor request)
{
    public Editor Current => request.HttpContext?.User is { Identity.IsAuthenticated: true } user ? Editor.From(user) : new Editor(null, "Setup");
}
