using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Chatflows.Core.Text;

/// <summary>
/// A <c>capture</c> block that writes into a bounded buffer, so a capture inside a loop cannot build a huge
/// string before anything gets to measure it (Fluid's own capture buffers without a limit).
/// </summary>
internal sealed class BoundedCapture(string identifier, IReadOnlyList<Statement> statements) : Statement
{
    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var completion = Completion.Normal;
        using var buffer = new BoundedWriter(ValueBudget.MaxLength);
        try
        {
            foreach (var statement in statements)
            {
                completion = await statement.WriteToAsync(buffer, encoder, context);
                if (completion != Completion.Normal)
                {
                    break;
                }
            }
        }
        catch (BoundedWriter.FullException)
        {
            throw new TemplateLimitException($"The capture '{identifier}' would exceed {ValueBudget.MaxLength} characters.");
        }

        context.SetValue(identifier, new StringValue(buffer.ToString(), false));
        return completion;
    }

    protected override Statement Accept(AstVisitor visitor) => this;
}
