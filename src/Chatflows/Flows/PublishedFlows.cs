using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Translations;
using Chatflows.Storage;

namespace Chatflows.Flows;

/// <summary>
/// Compiled flows, one per chatflow and version, so a turn does no JSON work on the flow. A new
/// publication (or draft save, for previews) has a new version, so an entry is replaced, never stale.
/// </summary>
public sealed class PublishedFlows(FlowRunner runner, FlowTexts texts)
{
    private readonly ConcurrentDictionary<(string Id, bool Draft), (string Version, CompiledFlow Flow)> _cache = new();

    // One compiled flow per language of a compiled base flow; it goes with its base flow when a new version replaces it.
    private readonly ConditionalWeakTable<CompiledFlow, ConcurrentDictionary<string, CompiledFlow>> _languages = new();

    /// <summary>
    /// <paramref name="flow"/> in <paramref name="language"/> (L1): its translations with fallback to the base texts, and
    /// the language set so built-in texts, knowledge-base search and dates follow. The base flow for its own language or one it lacks.
    /// </summary>
    public CompiledFlow InLanguage(CompiledFlow flow, string? language)
    {
        if (language is null || language == flow.Flow.Language || !flow.Flow.Translations.ContainsKey(language))
        {
            return flow;
        }

        return _languages.GetOrCreateValue(flow).GetOrAdd(language, l => runner.Compile(texts.Localize(flow.Flow, l), flow.ChatName));
    }

    /// <summary>The published flow visitors get.</summary>
    /// <exception cref="InvalidOperationException">The chatflow was never published.</exception>
    public CompiledFlow Published(ChatflowRecord record, string chatName) =>
        Get(record.Id, draft: false, $"{record.PublishedVersion}|{chatName}",
            () => record.PublishedJson ?? throw new InvalidOperationException($"Chatflow '{record.Id}' is not published."), chatName);

    /// <summary>The published flow of a chatflow known only by id and version; its JSON is read only when not cached.</summary>
    public async Task<CompiledFlow> PublishedAsync(string id, int version, string chatName, Func<Task<string>> json)
    {
        var key = $"{version}|{chatName}";
        if (_cache.TryGetValue((id, false), out var entry) && entry.Version == key)
        {
            return entry.Flow;
        }

        var text = await json();
        return Get(id, draft: false, key, () => text, chatName);
    }

    /// <summary>The current draft, for the builder's preview (B6).</summary>
    public CompiledFlow Draft(ChatflowRecord record, string chatName) =>
        Get(record.Id, draft: true, $"{record.DraftVersion}|{chatName}", () => record.DraftJson, chatName);

    private CompiledFlow Get(string id, bool draft, string version, Func<string> json, string chatName)
    {
        if (_cache.TryGetValue((id, draft), out var entry) && entry.Version == version)
        {
            return entry.Flow;
        }

        var compiled = runner.Compile(FlowJson.Deserialize(json()), chatName);
        _cache[(id, draft)] = (version, compiled);
        return compiled;
    }
}
