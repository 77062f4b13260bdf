using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chatflows.Core.References;

/// <summary>The settings of an action type that name something by id, read once per type from <see cref="ReferenceAttribute"/>.</summary>
public static class ReferenceFields
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<ReferenceField>> Cache = new();

    public static IReadOnlyList<ReferenceField> For(Type settingsType) => Cache.GetOrAdd(settingsType, Read);

    public static ReferenceField? Find(Type settingsType, string jsonName) => For(settingsType).FirstOrDefault(f => f.Name == jsonName);

    private static IReadOnlyList<ReferenceField> Read(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Reference: p.GetCustomAttribute<ReferenceAttribute>()))
            .Where(p => p.Reference is not null && p.Property.PropertyType == typeof(string))
            .Select(p => new ReferenceField(JsonName(p.Property), p.Reference!.Kind,
                p.Reference.Within is { } within && type.GetProperty(within) is { } other ? JsonName(other) : null)),
    ];

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
}
