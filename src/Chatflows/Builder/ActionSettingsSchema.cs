using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Chatflows.Core.References;

namespace Chatflows.Builder;

/// <summary>
/// The settings form of an action, read from its settings record (B2): a plug-in action gets a form
/// without writing any admin code. Strings, booleans, numbers and enums get their own controls; a string
/// marked <see cref="ReferenceAttribute"/> a pick list; a list of texts or of small flat records (quick
/// replies) rows; other lists and nested records are edited as JSON.
/// </summary>
public static partial class ActionSettingsSchema
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<SettingsField>> Cache = new();
    private static readonly NullabilityInfoContext Nullability = new();

    public static IReadOnlyList<SettingsField> For(Type settingsType) => Cache.GetOrAdd(settingsType, type => [.. Stored(type).Select(Field)]);

    private static IEnumerable<PropertyInfo> Stored(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p =>
            p.GetMethod is not null && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null
            && p.SetMethod is not null); // computed properties are not stored

    private static SettingsField Field(PropertyInfo property)
    {
        var name = JsonName(property);
        var raw = property.PropertyType;
        var underlying = System.Nullable.GetUnderlyingType(raw) ?? raw;
        var nullable = System.Nullable.GetUnderlyingType(raw) is not null
            || (!raw.IsValueType && Nullability.Create(property).WriteState == NullabilityState.Nullable);
        var maxLength = property.GetCustomAttribute<MaxLengthAttribute>()?.Length;
        var reference = property.GetCustomAttribute<ReferenceAttribute>()?.Kind;
        var columns = Columns(underlying);
        var kind = underlying switch
        {
            _ when underlying == typeof(string) && reference is not null => SettingsFieldKind.Pick,
            _ when underlying == typeof(string) => maxLength is > 200 && !property.Name.EndsWith("Url", StringComparison.Ordinal)
                ? SettingsFieldKind.LongText : SettingsFieldKind.Text,
            _ when underlying == typeof(bool) => SettingsFieldKind.Boolean,
            _ when underlying.IsEnum => SettingsFieldKind.Choice,
            _ when IsNumber(underlying) => SettingsFieldKind.Number,
            _ when columns is not null => SettingsFieldKind.Rows,
            _ => SettingsFieldKind.Json,
        };
        var choices = underlying.IsEnum ? Enum.GetNames(underlying).Select(JsonNamingPolicy.CamelCase.ConvertName).ToList() : [];
        var label = property.GetCustomAttribute<DisplayAttribute>()?.Name ?? Label(property.Name);
        return new SettingsField(name, label, kind, property.GetCustomAttribute<RequiredAttribute>() is not null,
            maxLength, nullable, choices, kind == SettingsFieldKind.LongText, reference, columns);
    }

    /// <summary>The columns of a list edited as rows: one for a list of texts, one per text, number or boolean of a flat record; null otherwise.</summary>
    private static List<SettingsField>? Columns(Type type)
    {
        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericArguments() is [var only] && typeof(IEnumerable<>).MakeGenericType(only).IsAssignableFrom(type) ? only
            : null;
        if (element is null || element == typeof(char))
        {
            return null;
        }

        if (element == typeof(string))
        {
            return [new SettingsField("", "Value", SettingsFieldKind.Text, true, null, false, [], false)];
        }

        if (element.IsValueType || element.GetConstructor(Type.EmptyTypes) is null && element.GetConstructors().All(c => c.GetParameters().Any(p => !p.HasDefaultValue && p.ParameterType != typeof(string))))
        {
            return null;
        }

        var columns = Stored(element).Select(Field).ToList();
        return columns.Count is > 0 and <= 6 && columns.All(c => c.Kind is SettingsFieldKind.Text or SettingsFieldKind.Number or SettingsFieldKind.Boolean)
            ? columns : null;
    }

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

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
