using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Validation;
using Microsoft.AspNetCore.Http;

namespace Chatflows.Builder;

/// <summary>
/// Between the builder's HTML form and the chatflow document. Fields are named <c>A[i].S.text</c>,
/// <c>A[i].B[j].GoTo</c> and so on; reading never throws, and writing back reports each bad field by name.
/// </summary>
public sealed class BuilderForm(ActionCatalog catalog)
{
    private static readonly JsonSerializerOptions Indented = new(FlowJson.Options) { WriteIndented = true };

    public FlowInput FromFlow(Chatflow flow, Guid version) => new()
    {
        Version = version,
        WelcomeMessage = flow.WelcomeMessage,
        Start = flow.StartActionId ?? "",
        Actions = [.. flow.Actions.Select(FromAction)],
    };

    public ActionInput FromAction(FlowAction action)
    {
        var input = new ActionInput { Id = action.Id, Type = action.Type, Next = action.Next ?? "" };
        input.Branches.AddRange(action.Branches.Select(b => new BranchInput
        {
            Source = Json(b.When.Source),
            Property = b.When.Property ?? "",
            Operator = Json(b.When.Operator),
            Value = b.When.Operator == ConditionOperator.IsOneOf ? string.Join(", ", b.When.Values) : b.When.Value ?? "",
            GoTo = b.GoTo,
        }));
        if (catalog.Find(action.Type) is not { } bot)
        {
            input.RawSettings = action.Settings.ToJsonString(Indented);
            return input;
        }

        // Missing settings show their defaults, so the form says what the action will actually do.
        var settings = DefaultsOf(bot.SettingsType);
        foreach (var (key, value) in action.Settings)
        {
            settings[key] = value?.DeepClone();
        }

        foreach (var field in ActionSettingsSchema.For(bot.SettingsType))
        {
            if (field.Kind == SettingsFieldKind.Rows && settings[field.Name] is JsonArray rows)
            {
                SettingsRows.Write(input, field, [.. rows.Select(row => field.Columns!.Select(c => Text(c.Name.Length == 0 ? row : (row as JsonObject)?[c.Name], c)).ToArray())]);
                continue;
            }

            input.Settings[field.Name] = Text(settings[field.Name], field);
        }

        return input;
    }

    private static string Text(JsonNode? node, SettingsField field) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when field.Kind == SettingsFieldKind.Boolean && value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
        JsonValue value => value.ToJsonString(),
        _ => node.ToJsonString(Indented),
    };

    /// <summary>A new action of <paramref name="type"/> with its default settings and an id no other action has.</summary>
    public ActionInput NewAction(string type, FlowInput flow)
    {
        var stem = string.Concat(type.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));
        var n = 1;
        while (flow.Find($"{stem}-{n}") is not null)
        {
            n++;
        }

        return FromAction(new FlowAction { Id = $"{stem}-{n}", Type = type, Settings = catalog.Find(type) is { } bot ? DefaultsOf(bot.SettingsType) : [] });
    }

    public static FlowInput Read(IFormCollection form)
    {
        var input = new FlowInput
        {
            Version = Guid.TryParse(form["Version"], out var version) ? version : Guid.Empty,
            WelcomeMessage = form["Welcome"].ToString(),
            Start = form["Start"].ToString(),
        };
        for (var i = 0; i < 500 && form.ContainsKey($"A[{i}].Type"); i++)
        {
            var prefix = $"A[{i}].";
            var action = new ActionInput
            {
                Id = form[prefix + "Id"].ToString(),
                Type = form[prefix + "Type"].ToString(),
                Next = form[prefix + "Next"].ToString(),
                RawSettings = form.ContainsKey(prefix + "Raw") ? form[prefix + "Raw"].ToString() : null,
            };
            foreach (var key in form.Keys.Where(k => k.StartsWith(prefix + "S.", StringComparison.Ordinal)))
            {
                // A checkbox posts a hidden "false" and, when ticked, "true" after it: the last value wins.
                action.Settings[key[(prefix.Length + 2)..]] = form[key].LastOrDefault() ?? "";
            }

            for (var j = 0; j < 50 && form.ContainsKey($"{prefix}B[{j}].GoTo"); j++)
            {
                var branch = $"{prefix}B[{j}].";
                action.Branches.Add(new BranchInput
                {
                    Source = form[branch + "Source"].ToString(),
                    Property = form[branch + "Property"].ToString(),
                    Operator = form[branch + "Operator"].ToString(),
                    Value = form[branch + "Value"].ToString(),
                    GoTo = form[branch + "GoTo"].ToString(),
                });
            }

            input.Actions.Add(action);
        }

        return input;
    }

    /// <summary>The stored draft with the builder's parts replaced by <paramref name="input"/>; errors name form fields.</summary>
    public (Chatflow Flow, List<FieldError> Errors) ToFlow(FlowInput input, Chatflow stored)
    {
        List<FieldError> errors = [];
        List<FlowAction> actions = [];
        for (var i = 0; i < input.Actions.Count; i++)
        {
            var action = input.Actions[i];
            actions.Add(new FlowAction
            {
                Id = action.Id,
                Type = action.Type,
                Next = Blank(action.Next),
                Settings = Settings(action, $"A[{i}]", errors),
                Branches = [.. action.Branches.Select((b, j) => Branch(b, $"A[{i}].B[{j}]", errors))],
            });
        }

        var flow = stored with
        {
            WelcomeMessage = input.WelcomeMessage,
            StartActionId = Blank(input.Start),
            Actions = actions,
        };
        return (flow, errors);
    }

    private JsonObject Settings(ActionInput action, string prefix, List<FieldError> errors)
    {
        if (catalog.Find(action.Type) is not { } bot)
        {
            try
            {
                return JsonNode.Parse(action.RawSettings ?? "{}") as JsonObject ?? throw new JsonException();
            }
            catch (JsonException)
            {
                errors.Add(new($"{prefix}.Raw", ValidationTexts.BuilderSettingsJson()));
                return [];
            }
        }

        JsonObject settings = [];
        foreach (var field in ActionSettingsSchema.For(bot.SettingsType))
        {
            var text = action.Settings.GetValueOrDefault(field.Name) ?? "";
            var name = $"{prefix}.S.{field.Name}";
            switch (field.Kind)
            {
                case SettingsFieldKind.Rows:
                    settings[field.Name] = Rows(action, field, name, errors);
                    break;
                case SettingsFieldKind.Boolean:
                    settings[field.Name] = text == "true";
                    break;
                case SettingsFieldKind.Number when text.Trim().Length == 0:
                    break; // the default applies
                case SettingsFieldKind.Number:
                    if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                    {
                        settings[field.Name] = JsonValue.Create(number);
                    }
                    else
                    {
                        errors.Add(new(name, ValidationTexts.BuilderNumber()));
                    }

                    break;
                case SettingsFieldKind.Json when text.Trim().Length == 0:
                    break;
                case SettingsFieldKind.Json:
                    try
                    {
                        settings[field.Name] = JsonNode.Parse(text);
                    }
                    catch (JsonException e)
                    {
                        errors.Add(new(name, $"This is not valid JSON: {e.Message}"));
                    }

                    break;
                default:
                    if (text.Length > 0 || !field.Nullable)
                    {
                        settings[field.Name] = text;
                    }

                    break;
            }
        }

        return settings;
    }

    /// <summary>The rows as a JSON array; a row left wholly empty (added, never filled in) is dropped rather than stored.</summary>
    private static JsonArray Rows(ActionInput action, SettingsField field, string name, List<FieldError> errors)
    {
        JsonArray array = [];
        var columns = field.Columns!;
        var rows = SettingsRows.Read(action, field);
        for (var k = 0; k < rows.Count; k++)
        {
            if (rows[k].All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (columns is [{ Name.Length: 0 }])
            {
                array.Add(JsonValue.Create(rows[k][0]));
                continue;
            }

            JsonObject row = [];
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                var text = rows[k][c];
                switch (column.Kind)
                {
                    case SettingsFieldKind.Boolean:
                        row[column.Name] = text == "true";
                        break;
                    case SettingsFieldKind.Number when text.Trim().Length == 0:
                        break;
                    case SettingsFieldKind.Number when decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number):
                        row[column.Name] = JsonValue.Create(number);
                        break;
                    case SettingsFieldKind.Number:
                        errors.Add(new($"{name}[{k}].{column.Name}", ValidationTexts.BuilderNumber()));
                        break;
                    default:
                        if (text.Length > 0 || !column.Nullable)
                        {
                            row[column.Name] = text;
                        }

                        break;
                }
            }

            array.Add(row);
        }

        return array;
    }

    private static Branch Branch(BranchInput input, string prefix, List<FieldError> errors)
    {
        var source = Parse(input.Source, ConditionSource.Answer, $"{prefix}.Source", errors);
        var op = Parse(input.Operator, ConditionOperator.Equals, $"{prefix}.Operator", errors);
        var values = op == ConditionOperator.IsOneOf
            ? input.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return new Branch(new Condition
        {
            Source = source,
            Property = Blank(input.Property),
            Operator = op,
            Value = op == ConditionOperator.IsOneOf ? null : input.Value,
            Values = values,
        }, input.GoTo);
    }

    private static TEnum Parse<TEnum>(string text, TEnum fallback, string field, List<FieldError> errors)
        where TEnum : struct, Enum
    {
        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        errors.Add(new(field, $"Choose one of: {string.Join(", ", Enum.GetNames<TEnum>())}."));
        return fallback;
    }

    private static JsonObject DefaultsOf(Type settingsType) =>
        JsonSerializer.SerializeToNode(JsonSerializer.Deserialize("{}", settingsType, FlowJson.Options), settingsType, FlowJson.Options)?.AsObject() ?? [];

    private static string Json<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
