using Fluid.Values;

namespace Chatflows.Core.Text;

/// <summary>
/// How big a value inside a template may get. Liquid can double a string on every loop turn
/// (<c>capture</c>, <c>assign</c>, <c>append</c>), so each value a template builds is measured as it is made.
/// </summary>
internal static class ValueBudget
{
    /// <summary>Most characters (array items count one each) a value built by a template may hold.</summary>
    public const int MaxLength = 10_000;

    public static FluidValue Ensure(FluidValue value, string what)
    {
        if (Size(value) > MaxLength)
        {
            throw new TemplateLimitException($"{what} would exceed {MaxLength} characters.");
        }

        return value;
    }

    public static void EnsureLength(long length, string what)
    {
        if (length > MaxLength)
        {
            throw new TemplateLimitException($"{what} would exceed {MaxLength} characters.");
        }
    }

    /// <summary>Characters of a string, items plus their sizes for an array; other values count one.</summary>
    public static long Size(FluidValue value)
    {
        switch (value)
        {
            case StringValue text:
                return text.ToStringValue().Length;
            case ArrayValue array:
                long total = 0;
                foreach (var item in array.Values)
                {
                    total += 1 + Size(item);
                    if (total > MaxLength)
                    {
                        return total; // no need to measure the rest
                    }
                }

                return total;
            default:
                return 1;
        }
    }
}
