namespace Chatflows.Core.Engine;

/// <summary>Every bot action the site has (B2): the module's, the knowledge base's and the site's own.</summary>
public sealed class ActionCatalog
{
    private readonly Dictionary<string, IBotAction> _actions;

    public ActionCatalog(IEnumerable<IBotAction> actions)
    {
        _actions = new(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (!_actions.TryAdd(action.Name, action))
            {
                throw new InvalidOperationException($"Two bot actions are named '{action.Name}'.");
            }
        }
    }

    /// <summary>All actions, in registration order (the order of the builder's menu).</summary>
    public IReadOnlyCollection<IBotAction> All => _actions.Values;

    public IBotAction? Find(string name) => _actions.GetValueOrDefault(name);
}
