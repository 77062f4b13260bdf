using Fluid.Ast;

namespace Chatflows.Core.Text;

/// <summary>Replaces every <c>capture</c> in a parsed template with a <see cref="BoundedCapture"/>.</summary>
internal sealed class BoundedCaptureRewriter : AstRewriter
{
    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        TryRewriteStatements(captureStatement.Statements, out var inner);
        return new BoundedCapture(captureStatement.Identifier, inner);
    }
}
