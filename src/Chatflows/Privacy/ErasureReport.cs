namespace Chatflows.Privacy;

/// <summary>What an erasure removed or anonymised: counts only, so it can be shown and audited without the person.</summary>
public sealed record ErasureReport(int Contacts, int Conversations, int Messages, int Consents, int Tickets, int Meetings, int SurveyAnswers)
{
    public override string ToString() =>
        $"{Contacts} contact(s), {Conversations} conversation(s) with {Messages} message(s), {Consents} consent(s) erased; "
        + $"{Tickets} ticket(s), {Meetings} meeting(s) and {SurveyAnswers} survey answer(s) anonymised";
}
