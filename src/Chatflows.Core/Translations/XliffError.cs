namespace Chatflows.Core.Translations;

/// <summary>Why a line of an XLIFF file was refused; line 0 when the file as a whole is wrong.</summary>
public sealed record XliffError(int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"Line {Line}: {Message}" : Message;
}
