using System.ComponentModel.DataAnnotations;
using Chatflows.Core.Translations;

namespace Chatflows.Core.Actions;

public sealed record EndConversationSettings([property: MaxLength(2000), VisitorText] string? Message = null);
