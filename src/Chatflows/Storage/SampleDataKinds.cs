namespace Chatflows.Storage;

/// <summary>The stored kinds of <see cref="SampleDataRecord"/>.</summary>
public static class SampleDataKinds
{
    public const string Conversation = "conversation";
    public const string Contact = "contact";
}
