using System.ComponentModel.DataAnnotations;
using Chatflows.Core.Translations;

namespace Chatflows.Core.Actions;

/// <param name="Text">The message; Liquid, e.g. <c>Thanks {{ contact.firstname | default: "there" }}!</c></param>
public sealed record SendMessageSettings([property: Required, MaxLength(2000), VisitorText] string Text = "");
