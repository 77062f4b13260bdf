namespace Chatflows.Storage;

public enum MessageAuthor
{
    Visitor,
    Bot,
    Agent,
    System,
}
