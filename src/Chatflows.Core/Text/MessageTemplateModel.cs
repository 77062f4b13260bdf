namespace Chatflows.Core.Text;

/// <summary>
/// What a bot message may use (B7): <c>contact.*</c>, <c>company.*</c>, <c>vars.*</c>, <c>chat.name</c>.
/// Templates see these dictionaries only, never entities, so nothing else can leak into a message.
/// </summary>
public sealed record MessageTemplateModel(
    IReadOnlyDictionary<string, string> Contact,
    IReadOnlyDictionary<string, string> Company,
    IReadOnlyDictionary<string, string> Variables,
    string ChatName = "");
