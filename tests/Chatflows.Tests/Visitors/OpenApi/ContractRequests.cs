using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Chatflows.Visitors;

namespace Chatflows.Tests.Visitors.OpenApi;

/// <summary>
/// Requests generated from an operation's documented rules: one valid request (the documented examples, with the
/// state the test made for path ids and live values), then one request per rule that breaks only that rule.
/// </summary>
public static class ContractRequests
{
    private static readonly string[] PatternBreakers = ["!", "   ", "a b!"];

    public static IEnumerable<ContractCase> For(ContractOperation operation, IReadOnlyDictionary<string, string> fixture, int expectedValid, int maxBodyBytes)
    {
        var path = operation.Path;
        var query = new Dictionary<string, string>();
        var headers = new Dictionary<string, string>();
        foreach (var parameter in operation.Parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            var value = fixture.GetValueOrDefault(name) ?? (parameter["in"]!.GetValue<string>() == "header" ? null : Scalar(parameter["example"]));
            if (value is null)
            {
                continue;
            }

            _ = parameter["in"]!.GetValue<string>() switch
            {
                "path" => path = path.Replace($"{{{name}}}", Uri.EscapeDataString(value), StringComparison.Ordinal),
                "query" => query[name] = value,
                _ => headers[name] = value,
            };
        }

        JsonObject? body = null;
        if (operation.Body is { } schema)
        {
            body = schema["examples"]![0]!.DeepClone().AsObject();
            foreach (var property in body.Select(p => p.Key).ToList())
            {
                if (fixture.TryGetValue($"body:{property}", out var value))
                {
                    body[property] = value;
                }
            }
        }

        var valid = new ContractCase("valid", path, query, headers, body?.ToJsonString(), "application/json", expectedValid);
        yield return valid;
        yield return valid.With("a visitor id the server did not issue", c => c.Headers[VisitorIds.HeaderName] = "made-up-visitor-id");

        foreach (var parameter in operation.Parameters.Where(p => p["in"]!.GetValue<string>() is "query" or "header"))
        {
            var name = parameter["name"]!.GetValue<string>();
            var inQuery = parameter["in"]!.GetValue<string>() == "query";
            if (parameter["required"]?.GetValue<bool>() == true)
            {
                yield return valid.With($"{name} missing", c => c.Query.Remove(name));
            }

            foreach (var (rule, broken) in Breaks(operation.Document.Resolve(parameter["schema"]!)))
            {
                var text = Scalar(broken) ?? "";
                yield return valid.With($"{name} breaks {rule}", c => (inQuery ? c.Query : c.Headers)[name] = text);
            }
        }

        if (body is null)
        {
            yield break;
        }

        var required = operation.Body!["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [];
        foreach (var name in required)
        {
            var without = body.DeepClone().AsObject();
            without.Remove(name);
            yield return valid.WithBody($"{name} missing", without);
        }

        foreach (var (name, property) in operation.Body!["properties"]!.AsObject())
        {
            foreach (var (rule, broken) in Breaks(operation.Document.Resolve(property!)))
            {
                var changed = body.DeepClone().AsObject();
                changed[name] = broken;
                yield return valid.WithBody($"{name} breaks {rule}", changed);
            }
        }

        yield return valid with { What = "malformed JSON", Body = "{\"", Expected = 400 };
        yield return valid with { What = "not JSON", ContentType = "text/plain", Expected = 415 };
        yield return valid with { What = "body over the limit", Body = $"{{\"padding\":\"{new string('a', maxBodyBytes)}\"}}", Expected = 413 };
    }

    /// <summary>For each rule of a schema, a value that breaks that rule.</summary>
    private static IEnumerable<(string Rule, JsonNode? Value)> Breaks(JsonObject schema)
    {
        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            { } one => [one.GetValue<string>()],
            null => [],
        };
        if (types.Contains("string"))
        {
            if (schema["maxLength"] is { } max)
            {
                yield return ("maxLength", new string('a', max.GetValue<int>() + 1));
            }

            if (schema["minLength"]?.GetValue<int>() > 0)
            {
                yield return ("minLength", "");
            }

            if (schema["pattern"]?.GetValue<string>() is { } pattern)
            {
                yield return ("pattern", PatternBreakers.First(c => !Regex.IsMatch(c, pattern)));
            }

            if (schema["enum"] is not null)
            {
                yield return ("enum", "not-one-of-these");
            }
        }
        else if (types.Contains("integer"))
        {
            yield return ("type", "x");
            if (schema["minimum"] is { } min)
            {
                yield return ("minimum", decimal.Parse(min.ToString(), CultureInfo.InvariantCulture) - 1);
            }

            if (schema["maximum"] is { } max)
            {
                yield return ("maximum", decimal.Parse(max.ToString(), CultureInfo.InvariantCulture) + 1);
            }
        }
        else if (types.Contains("boolean") && !types.Contains("null"))
        {
            yield return ("type", "x");
            yield return ("type", null);
        }
    }

    private static string? Scalar(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}
