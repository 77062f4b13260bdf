using System.ComponentModel.DataAnnotations;

namespace Chatflows.Core.Tests.TestActions;

/// <summary>Settings of <see cref="EchoAction"/>.</summary>
/// <param name="Variable">The variable whose value is echoed, e.g. an answer saved by a question.</param>
/// <param name="Prefix">Said before the value; Liquid.</param>
public sealed record EchoSettings([property: Required] string Variable = "", [property: MaxLength(100)] string Prefix = "You said: ");
