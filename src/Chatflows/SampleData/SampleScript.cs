using NodaTime;

namespace Chatflows.SampleData;

/// <summary>
/// The demo's sample visits, from a fixed seed so every fresh demo (and every test) gets the same ones: spread
/// over the weeks before today, on working days within office hours for the roads that need an agent and at any
/// hour for the others, in the site's time zone.
/// </summary>
public static class SampleScript
{
    private static readonly string[] Searches =
        ["send an invoice", "VAT return", "connect my bank", "cancel subscription", "reverse charge", "two-factor", "export my data", "accountant access", "quote to invoice", "small business scheme"];

    private static readonly (string Question, string Reply)[] Conversations =
    [
        ("My bank feed stopped importing since Monday.", "Your bank asks to renew the permission every 180 days. Go to Bank → your account → Renew, and the missing days come in by themselves."),
        ("Can I change the invoice number series halfway through the year?", "You can start a new series in Settings → Invoices; the old one stays valid for the invoices you already sent."),
        ("I was charged twice for December.", "Sorry about that! I see the double charge and have refunded one of them; it shows on your account within three working days."),
        ("Does the Team plan include my accountant?", "Yes: on Team your accountant gets their own login at no extra cost. Invite them from Settings → Users."),
        ("How do I add a Belgian customer with a VAT number?", "Add the customer with the BE number; Ledgerly checks it in VIES and suggests reverse charge on the invoice line."),
        ("The VAT return shows a difference of €12.", "That is a receipt booked at 9% instead of 21%. Open the receipt from the box's number and change the rate; the return follows."),
    ];

    private static readonly string[] Names = ["emma", "daan", "sophie", "lucas", "julia", "milan", "noor", "sem", "tess", "finn", "lotte", "bram"];

    private static readonly string?[] Comments = [null, null, "Quick and friendly, thanks!", "Found it myself in the end.", null, "Clear answer."];

    /// <summary>Visits between <paramref name="weeks"/> weeks ago and yesterday, oldest first.</summary>
    public static IReadOnlyList<SampleVisit> Visits(int count, int weeks, DateTimeOffset now, DateTimeZone zone)
    {
        var random = new Random(2212);
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date;
        SamplePath[] roads =
        [
            SamplePath.Answered, SamplePath.Answered, SamplePath.Answered, SamplePath.NotHelped, SamplePath.Person, SamplePath.Person,
            SamplePath.Ticket, SamplePath.Ticket, SamplePath.Meeting, SamplePath.NoEmail, SamplePath.LeftAtStart, SamplePath.LeftAtStart, SamplePath.LeftAtSearch,
        ];
        List<SampleVisit> visits = [];
        for (var i = 0; i < count; i++)
        {
            var path = roads[random.Next(roads.Length)];
            var needsAgent = path is SamplePath.NotHelped or SamplePath.Person;
            var day = today.PlusDays(-1 - random.Next(weeks * 7));
            while (needsAgent && day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                day = day.PlusDays(-1);
            }

            // Agents' roads within office hours; the others from early morning to late evening.
            var minutes = needsAgent ? (9 * 60) + 30 + random.Next(6 * 60) : (7 * 60) + random.Next(15 * 60);
            var local = day.AtMidnight().PlusMinutes(minutes);
            var (question, reply) = Conversations[random.Next(Conversations.Length)];
            var name = Names[random.Next(Names.Length)];
            visits.Add(new SampleVisit(
                zone.AtLeniently(local).ToDateTimeOffset(),
                path,
                $"{name}.{i + 1}@example.com",
                Searches[random.Next(Searches.Length)],
                question,
                reply,
                (path is SamplePath.Answered or SamplePath.NotHelped or SamplePath.Person) && random.Next(3) > 0 ? 3 + random.Next(3) : null,
                Comments[random.Next(Comments.Length)]));
        }

        return [.. visits.OrderBy(v => v.StartsAt)];
    }
}
