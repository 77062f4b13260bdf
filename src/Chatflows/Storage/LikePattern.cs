namespace Chatflows.Storage;

/// <summary>
/// Text typed into a search box as a LIKE/ILIKE pattern that matches it anywhere, literally: <c>%</c>, <c>_</c>
/// and the escape character itself lose their meaning. Pass <see cref="Escape"/> as the escape character.
/// </summary>
public static class LikePattern
{
    public const string Escape = @"\";

    public static string Containing(string words) =>
        $"%{words.Replace(Escape, Escape + Escape, StringComparison.Ordinal).Replace("%", Escape + "%", StringComparison.Ordinal).Replace("_", Escape + "_", StringComparison.Ordinal)}%";
}
