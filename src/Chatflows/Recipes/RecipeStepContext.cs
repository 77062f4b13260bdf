using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Core.Validation;

namespace Chatflows.Recipes;

/// <summary>What a step gets: its JSON (without <c>name</c>) and ways to report a problem precisely.</summary>
public sealed class RecipeStepContext(string recipe, int index, string name, JsonObject data)
{
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string Recipe { get; } = recipe;

    public int Index { get; } = index;

    public string Name { get; } = name;

    public JsonObject Data { get; } = data;

    /// <summary>Reads the step into <typeparamref name="T"/>; an unknown or mistyped field is reported by path.</summary>
    public T Read<T>()
    {
        try
        {
            return Data.Deserialize<T>(Strict) ?? throw Fail("", "The step is empty.");
        }
        catch (JsonException e)
        {
            throw Fail(e.Path?.TrimStart('$', '.') ?? "", e.Message.Split(" Path:", 2)[0]);
        }
    }

    public RecipeException Fail(string field, string reason) => new(Recipe, Index, Name, field, reason);

    /// <summary>Turns the first validation error of an item into a failure; <paramref name="prefix"/> locates the item.</summary>
    public void ThrowIfAny(IReadOnlyList<FieldError> errors, string prefix = "")
    {
        if (errors.Count > 0)
        {
            var field = prefix.Length == 0 ? errors[0].Field : $"{prefix}.{errors[0].Field}".TrimEnd('.');
            throw Fail(field, errors[0].Message);
        }
    }
}
