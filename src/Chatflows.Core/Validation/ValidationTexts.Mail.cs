using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// The mail page's messages (M1).
public static partial class ValidationTexts
{
    public static TextMessage MailFromAddress() => M("mail.fromAddress");
    public static TextMessage MailFromName(int max) => M("mail.fromName", ("max", max));

    // Minutes as written (1440, not 1,440): the number is one an editor types back into the field.
    public static TextMessage MailTeamMinutes(int max) => M("mail.teamMinutes", ("max", max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    public static TextMessage MailSaved() => M("mail.saved");
    public static TextMessage MailTestAddress() => M("mail.testAddress");
    public static TextMessage MailTestQueued(string address) => M("mail.testQueued", ("address", address));
    public static TextMessage MailRetried() => M("mail.retried");
    public static TextMessage MailNotFailed() => M("mail.notFailed");
}
