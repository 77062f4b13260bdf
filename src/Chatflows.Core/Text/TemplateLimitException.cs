namespace Chatflows.Core.Text;

/// <summary>
/// A template built a value larger than <see cref="ValueBudget.MaxLength"/>: a runaway template, reported as a
/// render error (and as a finding at publish) instead of growing until the process runs out of memory.
/// </summary>
public sealed class TemplateLimitException(string message) : Exception(message);
