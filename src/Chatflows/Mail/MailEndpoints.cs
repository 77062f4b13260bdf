using System.Text.Encodings.Web;
using Chatflows.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>
/// The unsubscribe link of reply mails. A mail program's one-click POST (RFC 8058) unsubscribes at once;
/// a GET, which link scanners also send, only shows a button that posts.
/// </summary>
public static class MailEndpoints
{
    public static IEndpointRouteBuilder MapMailEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var mail = endpoints.MapGroup(MailUnsubscribeLinks.Path).AllowAnonymous().ExcludeFromDescription();
        mail.MapGet("/{token}", Confirm).WithName("MailUnsubscribeConfirm");
        mail.MapPost("/{token}", UnsubscribeAsync).WithName("MailUnsubscribe").DisableAntiforgery();
        return endpoints;
    }

    internal static Results<ContentHttpResult, NotFound> Confirm(string token, MailUnsubscribeLinks links) =>
        links.Read(token) is { } address
            ? TypedResults.Content(Page($"<p>Stop replies by e-mail to {HtmlEncoder.Default.Encode(address)}?</p><form method=\"post\"><button>Unsubscribe</button></form>"), "text/html; charset=utf-8")
            : TypedResults.NotFound();

    internal static async Task<Results<ContentHttpResult, NotFound>> UnsubscribeAsync(
        string token, MailUnsubscribeLinks links, ChatflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } address)
        {
            return TypedResults.NotFound();
        }

        if (!await db.MailUnsubscribes.AnyAsync(u => u.Address == address, cancellationToken))
        {
            db.MailUnsubscribes.Add(new MailUnsubscribeRecord { Address = address, CreatedUtc = time.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A second click raced the first: unsubscribed either way.
            }
        }

        return TypedResults.Content(Page("<p>Unsubscribed: no more replies by e-mail.</p>"), "text/html; charset=utf-8");
    }

    private static string Page(string body) => $"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>E-mail</title><body>{body}</body></html>";
}
