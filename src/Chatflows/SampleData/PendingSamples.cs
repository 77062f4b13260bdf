namespace Chatflows.SampleData;

/// <summary>The sample conversations a recipe asked for, held in the recipe's scope until the recipe has committed.</summary>
public sealed class PendingSamples
{
    public SampleRequest? Request { get; set; }
}
