using System.ComponentModel.DataAnnotations;

namespace Chatflows.Core.Actions;

public sealed record EndConversationSettings([property: MaxLength(2000)] string? Message = null);
