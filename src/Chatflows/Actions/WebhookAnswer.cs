using System.Text;

namespace Chatflows.Actions;

/// <summary>Reads a receiver's answer with a cap that holds while reading, whatever Content-Length claims.</summary>
internal static class WebhookAnswer
{
    /// <summary>The JSON answer's text ("" for any other content type); null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<string?> ReadAsync(HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return ""; // nothing to read; the body is dropped with the response, unread
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > maxBytes ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }
}
