namespace Chatflows.Storage;

/// <summary>
/// One row the demo's sample conversations created (#22 item 12): a conversation, or a contact one of them made.
/// The ledger is what makes "Remove sample data" exact: everything else a sample wrote hangs off these.
/// </summary>
public sealed class SampleDataRecord
{
    /// <summary>What the key names: <see cref="SampleDataKinds"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The conversation's id, or the contact's id as text.</summary>
    public string Key { get; set; } = "";
}
