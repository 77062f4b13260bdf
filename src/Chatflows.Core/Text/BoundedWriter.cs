using System.Text;

namespace Chatflows.Core.Text;

/// <summary>A string writer that refuses to grow past a limit.</summary>
internal sealed class BoundedWriter(int limit) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        EnsureRoom(1);
        base.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        var room = limit - GetStringBuilder().Length;
        if (value.Length > room)
        {
            base.Write(value.AsSpan(0, Math.Max(room, 0)));
            throw new FullException();
        }

        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(buffer.ToString());

    private void EnsureRoom(int count)
    {
        if (GetStringBuilder().Length + count > limit)
        {
            throw new FullException();
        }
    }

    internal sealed class FullException : Exception;
}
