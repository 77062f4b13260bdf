using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Chatflows.Live;

/// <summary>Where a stream resumes: the later of <c>Last-Event-ID</c> (sent by EventSource on reconnect) and <c>?after=</c>.</summary>
internal static class LiveResume
{
    /// <returns>The sequence to resume after, or null with <paramref name="error"/> set when either is malformed.</returns>
    public static long? Read(HttpContext context, long? after, out Dictionary<string, string[]>? error)
    {
        error = null;
        var resumeFrom = after ?? 0;
        if (context.Request.Headers["Last-Event-ID"].ToString() is { Length: > 0 } lastEventId)
        {
            if (!long.TryParse(lastEventId, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                error = new() { ["Last-Event-ID"] = ["Send the id of the last message event received."] };
                return null;
            }

            resumeFrom = Math.Max(parsed, resumeFrom);
        }

        if (resumeFrom < 0)
        {
            error = new() { ["after"] = ["Give a sequence number of 0 or more."] };
            return null;
        }

        return resumeFrom;
    }
}
