using Chatflows.Core.Flows;

namespace Chatflows.Storage;

/// <summary>
/// A survey of the site's library (O9): defined once, linked by several chatflows, its answers grouped under it.
/// The fields are those of a chatflow's own survey (<see cref="SurveySettings"/>); empty texts mean the built-in
/// text in the language of the chatflow that asks it.
/// </summary>
public sealed class SurveyRecord
{
    /// <summary>A slug, stable in recipes and chatflow documents (e.g. <c>customer-satisfaction</c>).</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public SurveyScale Scale { get; set; } = SurveyScale.Stars;

    public string Question { get; set; } = "";

    public bool AskComment { get; set; } = true;

    public string CommentPrompt { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
