using Microsoft.AspNetCore.Http;

namespace Chatflows.Widget;

/// <summary>
/// Stands in for the response body and decides at the first write (when status and headers are final):
/// an uncompressed <c>200 text/html</c> page is kept in memory so the loader can go in before
/// <c>&lt;/body&gt;</c>; anything else streams straight through, untouched and unbuffered.
/// </summary>
internal sealed class HtmlCaptureStream(Stream inner, HttpResponse response) : Stream
{
    private MemoryStream? _captured;
    private bool _decided;

    /// <summary>The page, when it was captured; the caller writes it (changed or not) to the real body.</summary>
    public MemoryStream? Captured => _decided ? _captured : null;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Target().Write(buffer, offset, count);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Target().WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        Target().WriteAsync(buffer, cancellationToken);

    // Flushing a captured page would send the headers early and fix the old Content-Length.
    public override void Flush()
    {
        if (Target() == inner)
        {
            inner.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        Target() == inner ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private Stream Target()
    {
        if (!_decided)
        {
            _decided = true;
            // Sized for a typical page up front, so capturing does not regrow the buffer several times.
            _captured = IsPlainHtmlPage(response) ? new MemoryStream((int)Math.Clamp(response.ContentLength ?? 16_384, 0, 1 << 20) + 256) : null;
        }

        return _captured ?? inner;
    }

    private static bool IsPlainHtmlPage(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK
        && response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
        && response.Headers.ContentEncoding.Count == 0;
}
