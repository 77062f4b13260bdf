using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Chatflows.Widget;

/// <summary>
/// The built widget files (loader and widget, each with its .br and .gz twin), embedded in the
/// assembly by Chatflows.csproj and read once at start-up: they are small and never change at run time.
/// </summary>
public sealed class WidgetAssets
{
    private const string Prefix = "ChatflowsWidget/";

    private readonly FrozenDictionary<string, byte[]> _files;

    public WidgetAssets()
        : this(typeof(WidgetAssets).Assembly)
    {
    }

    internal WidgetAssets(Assembly assembly)
    {
        _files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(name => name[Prefix.Length..], name => Read(assembly, name), StringComparer.Ordinal);
        using var manifest = JsonDocument.Parse(_files.GetValueOrDefault("manifest.json") ??
            throw new InvalidOperationException("The widget was not built: Widget/dist/manifest.json is missing from the assembly."));
        LoaderFile = manifest.RootElement.GetProperty("loader").GetString()!;
        WidgetFile = manifest.RootElement.GetProperty("widget").GetString()!;
    }

    /// <summary>The current loader's fingerprinted name, e.g. <c>loader.3f9a1c2b.js</c>.</summary>
    public string LoaderFile { get; }

    /// <summary>The current widget's fingerprinted name, e.g. <c>widget.8d41e0a7.js</c>.</summary>
    public string WidgetFile { get; }

    /// <summary>A built file by name (<c>loader.3f9a1c2b.js.br</c>), or null.</summary>
    public byte[]? Find(string name) => _files.GetValueOrDefault(name);

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
