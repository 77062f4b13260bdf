using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Chatflows.Builder;

/// <summary>
/// The settings form of an action, read from its settings record (B2): a plug-in action gets a form
/// without writing any admin code. Strings, booleans, numbers and enums get their own controls; lists
/// and nested records are edited as JSON.
/// </summary>
public static partial class ActionSettingsSchema
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<SettingsField>> Cache = new();
    private static readonly NullabilityInfoContext Nullability = new();

    public static IReadOnlyList<SettingsField> For(Type settingsType) => Cache.GetOrAdd(settingsType, Read);

    private static IReadOnlyList<SettingsField> Read(Type type)
    {
        List<SettingsField> fields = [];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is null || property.GetIndexParameters().Length > 0 || property.GetCustomAttribute<JsonIgnoreAttribute>() is not null
                || property.SetMethod is null)
            {
                continue; // computed properties are not stored
            }

            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var raw = property.PropertyType;
            var underlying = System.Nullable.GetUnderlyingType(raw) ?? raw;
            var nullable = System.Nullable.GetUnderlyingType(raw) is not null
                || (!raw.IsValueType && Nullability.Create(property).WriteState == NullabilityState.Nullable);
            var maxLength = property.GetCustomAttribute<MaxLengthAttribute>()?.Length;
            var kind = underlying switch
            {
                _ when underlying == typeof(string) => maxLength is > 200 && !property.Name.EndsWith("Url", StringComparison.Ordinal)
                    ? SettingsFieldKind.LongText : SettingsFieldKind.Text,
                _ when underlying == typeof(bool) => SettingsFieldKind.Boolean,
                _ when underlying.IsEnum => SettingsFieldKind.Choice,
                _ when IsNumber(underlying) => SettingsFieldKind.Number,
                _ => SettingsFieldKind.Json,
            };
            var choices = underlying.IsEnum ? Enum.GetNames(underlying).Select(JsonNamingPolicy.CamelCase.ConvertName).ToList() : [];
            fields.Add(new SettingsField(name, Label(property.Name), kind, property.GetCustomAttribute<RequiredAttribute>() is not null,
                maxLength, nullable, choices, kind == SettingsFieldKind.LongText));
        }

        return fields;
    }

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double) || type == typeof(float);

    /// <summary>"NotFoundMessage" or "askQuestion" → "Not found message", "Ask question": readable without a translation table per plug-in.</summary>
    public static string Label(string propertyName)
    {
        if (propertyName.Length == 0)
        {
            return "";
        }

        var words = Boundary().Replace(propertyName, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex Boundary();
}
