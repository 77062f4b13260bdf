using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// The analytics filter's messages (the page shows them; the CSV export answers with their English).
public static partial class ValidationTexts
{
    public static TextMessage AnalyticsDate() => M("analytics.date");
    public static TextMessage AnalyticsOrder() => M("analytics.order");
    public static TextMessage AnalyticsDays(int max) => M("analytics.days", ("max", max));
    public static TextMessage AnalyticsChatflow() => M("analytics.chatflow");
    public static TextMessage AnalyticsLanguage() => M("analytics.language");
}
