namespace Chatflows.Storage;

/// <summary>The consent questions a visitor answers (O6, O7), as stored in <see cref="ConsentRecord.Kind"/>.</summary>
public static class ConsentKinds
{
    public const string Cookies = "cookies";
    public const string DataProcessing = "dataProcessing";
}
