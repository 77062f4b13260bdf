using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// Signing in and its second step: what the Account pages say when a password or code is refused.
public static partial class ValidationTexts
{
    public static TextMessage AccountNoMatch() => M("account.noMatch");
    public static TextMessage AccountThrottled() => M("account.throttled");
    public static TextMessage AccountCodeWrong() => M("account.codeWrong");
    public static TextMessage AccountRecoveryCodeWrong() => M("account.recoveryCodeWrong");
    public static TextMessage AccountCodeExpired() => M("account.codeExpired");
}
