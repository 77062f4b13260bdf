using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// A contact's properties, merge and erasure, the contact property list and the retention periods.
public static partial class ValidationTexts
{
    public static TextMessage ContactValueLength(int max) => M("contact.valueLength", ("max", Plain(max)));
    public static TextMessage ContactEmail() => M("contact.email");
    public static TextMessage ContactMergeNumber() => M("contact.mergeNumber");
    public static TextMessage ContactMissing(string number) => M("contact.missing", ("number", number));
    public static TextMessage ContactConfirmErase(string expected) => M("contact.confirmErase", ("expected", expected));
    public static TextMessage ContactSaved() => M("contact.saved");
    public static TextMessage ContactMerged(string number) => M("contact.merged", ("number", number));
    public static TextMessage ContactErased(string report) => M("contact.erased", ("report", report));
    public static TextMessage ContactPropertyLabel(int max) => M("contactProperty.label", ("max", max));
    public static TextMessage ContactPropertyType() => M("contactProperty.type");
    public static TextMessage ContactPropertyOptions(int count, int max) => M("contactProperty.options", ("count", count), ("max", max));
    public static TextMessage ContactPropertyOptionsOnlyChoice() => M("contactProperty.optionsOnlyChoice");
    public static TextMessage ContactPropertyCount(int max) => M("contactProperty.count", ("max", max));
    public static TextMessage ContactPropertyTwice(string name) => M("contactProperty.twice", ("name", name));
    public static TextMessage ContactPropertiesSaved() => M("contactProperty.saved");
    public static TextMessage RetentionDays(int max) => M("retention.days", ("max", Plain(max)));
    public static TextMessage RetentionSaved() => M("retention.saved");
}
