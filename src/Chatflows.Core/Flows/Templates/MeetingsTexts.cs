namespace Chatflows.Core.Flows.Templates;

/// <summary>The words of the meetings bot (<see cref="MeetingsTemplate"/>) in English and Dutch.</summary>
internal sealed record MeetingsTexts(
    string Welcome,
    string Intro,
    string NoSlots,
    string Booked,
    string LookingForward,
    string AskEmail,
    string NoThanks,
    string FollowUp,
    string NoEmail)
{
    private static MeetingsTexts English { get; } = new(
        Welcome: """Hi {{ contact.firstname | default: "there" }}! Let's find a time to talk.""",
        Intro: "Pick a time that suits you:",
        NoSlots: "There are no free times in the calendar at the moment.",
        Booked: "You're all set: you'll meet {{ vars.meeting_with }} on {{ vars.meeting_time }}. The invitation is on its way to {{ contact.email }}.",
        LookingForward: "Looking forward to talking to you!",
        AskEmail: "We'd be happy to find another time with you. Leave your e-mail address and we'll get in touch.",
        NoThanks: "No, thanks",
        FollowUp: "Thanks! We'll e-mail you at {{ contact.email }} to plan a time.",
        NoEmail: "No problem. Feel free to come back any time. Have a nice day!");

    private static MeetingsTexts Dutch { get; } = new(
        Welcome: """Hoi {{ contact.firstname | default: "daar" }}! Laten we een moment prikken om te praten.""",
        Intro: "Kies een tijd die je uitkomt:",
        NoSlots: "Er zijn op dit moment geen vrije tijden in de agenda.",
        Booked: "Het staat in de agenda: je spreekt {{ vars.meeting_with }} op {{ vars.meeting_time }}. De uitnodiging is onderweg naar {{ contact.email }}.",
        LookingForward: "We kijken ernaar uit je te spreken!",
        AskEmail: "We zoeken graag samen een ander moment. Laat je e-mailadres achter, dan nemen we contact met je op.",
        NoThanks: "Nee, bedankt",
        FollowUp: "Bedankt! We mailen je op {{ contact.email }} om een moment af te spreken.",
        NoEmail: "Geen probleem. Kom gerust een andere keer terug. Nog een fijne dag!");

    public static MeetingsTexts For(string language) => FlowBuilder.Pick(language, English, Dutch);
}
