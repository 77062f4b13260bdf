using Fluid;
using Fluid.Values;

namespace Chatflows.Core.Text;

/// <summary>
/// Wraps every filter so its result is measured against <see cref="ValueBudget"/>. The filters that multiply
/// their input (<c>replace</c>, <c>join</c>) are measured before they run, so the oversized string is never built.
/// </summary>
internal static class BoundedFilters
{
    public static void Install(TemplateOptions options)
    {
        foreach (var (name, original) in options.Filters.ToList())
        {
            var precheck = Precheck(name);
            options.Filters.AddFilter(name, async (input, arguments, context) =>
            {
                precheck?.Invoke(input, arguments);
                var result = await original(input, arguments, context);
                return ValueBudget.Ensure(result, $"The result of '{name}'");
            });
        }
    }

    private static Action<FluidValue, FilterArguments>? Precheck(string name) => name switch
    {
        "replace" => (input, arguments) => CheckReplace(input, arguments, all: true),
        "replace_first" or "replace_last" => (input, arguments) => CheckReplace(input, arguments, all: false),
        "join" => CheckJoin,
        _ => null,
    };

    private static void CheckReplace(FluidValue input, FilterArguments arguments, bool all)
    {
        var text = input.ToStringValue();
        var search = arguments.At(0).ToStringValue();
        var replacement = arguments.At(1).ToStringValue();
        long count = all ? Occurrences(text, search) : 1;
        ValueBudget.EnsureLength(text.Length + count * Math.Max(0, replacement.Length - search.Length), "The result of 'replace'");
    }

    private static long Occurrences(string text, string search)
    {
        if (search.Length == 0)
        {
            return text.Length + 1;
        }

        long count = 0;
        for (var at = text.IndexOf(search, StringComparison.Ordinal); at >= 0; at = text.IndexOf(search, at + search.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void CheckJoin(FluidValue input, FilterArguments arguments)
    {
        if (input is not ArrayValue array)
        {
            return;
        }

        var separator = arguments.Count > 0 ? arguments.At(0).ToStringValue().Length : 1;
        ValueBudget.EnsureLength(ValueBudget.Size(array) + (long)array.Values.Count * separator, "The result of 'join'");
    }
}
