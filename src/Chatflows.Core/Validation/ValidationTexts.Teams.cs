using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// The teams and survey-library pages' messages.
public static partial class ValidationTexts
{
    public static TextMessage TeamsId() => M("teams.id");
    public static TextMessage TeamsName() => M("teams.name");
    public static TextMessage TeamsNameTaken() => M("teams.nameTaken");
    public static TextMessage TeamsMembers() => M("teams.members");
    public static TextMessage TeamsIdTaken() => M("teams.idTaken");
    public static TextMessage TeamsSimilarName() => M("teams.similarName");
    public static TextMessage TeamsAdded(string name) => M("teams.added", ("name", name));
    public static TextMessage TeamsSaved(string name) => M("teams.saved", ("name", name));
    public static TextMessage TeamsDeleted(string name) => M("teams.deleted", ("name", name));
    public static TextMessage SurveysDates() => M("surveys.dates");
    public static TextMessage SurveysRange() => M("surveys.range");
    public static TextMessage SurveysAdded(string name) => M("surveys.added", ("name", name));
    public static TextMessage SurveysSaved(string name) => M("surveys.saved", ("name", name));
    public static TextMessage SurveysDeleted(string name) => M("surveys.deleted", ("name", name));
}
