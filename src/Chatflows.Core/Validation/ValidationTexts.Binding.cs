using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// What the admin says instead of ASP.NET's own English when a form value cannot be read or a data annotation
// fails ({field} is the field's label). Required, maximum length and range reuse the setting.* messages.
public static partial class ValidationTexts
{
    public static TextMessage FormInvalid(string value) => M("form.invalid", ("value", value));
    public static TextMessage FormInvalidFor(string value, string field) => M("form.invalidFor", ("value", value), ("field", field));
    public static TextMessage FormNumber(string field) => M("form.number", ("field", field));
    public static TextMessage FormLength(string field, int min, int max) => M("form.length", ("field", field), ("min", min), ("max", max));
    public static TextMessage FormEmail(string field) => M("form.email", ("field", field));
}
