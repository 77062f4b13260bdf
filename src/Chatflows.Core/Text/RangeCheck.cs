using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Chatflows.Core.Text;

/// <summary>
/// Refuses Liquid ranges that could be huge. Fluid builds a range's whole array before a loop counts a
/// single step, so <c>(1..100000000)</c> allocates gigabytes and runs for seconds despite MaxSteps; a
/// bound read from a variable could be a visitor's answer. Only short ranges of literal numbers pass.
/// </summary>
internal sealed class RangeCheck : AstVisitor
{
    /// <summary>Most numbers a range may span; far more than a chat message needs.</summary>
    public const int MaxLength = 1000;

    private string? _problem;

    /// <summary>What is wrong with the template's ranges, or null when they are all short and literal.</summary>
    public static string? Problem(IFluidTemplate template)
    {
        var check = new RangeCheck();
        check.VisitTemplate(template);
        return check._problem;
    }

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
    {
        if (rangeExpression.From is not LiteralExpression { Value: NumberValue from }
            || rangeExpression.To is not LiteralExpression { Value: NumberValue to })
        {
            _problem ??= "A range needs plain numbers as bounds, e.g. (1..5).";
        }
        else if (to.ToNumberValue() - from.ToNumberValue() >= MaxLength)
        {
            _problem ??= $"A range may span at most {MaxLength} numbers.";
        }

        return base.VisitRangeExpression(rangeExpression);
    }
}
