using Chatflows.Analytics;
using Chatflows.Channel;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Chatflows.Tests.Analytics.AnalyticsReportsTests;

namespace Chatflows.Tests.Analytics;

public sealed class AnalyticsDayBoundaryTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Days_run_midnight_to_midnight_in_the_site_zone_across_a_DST_change(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        // New York: EST (-5) until 2026-03-08 02:00, then EDT (-4).
        await AddStartsAsync(host,
            "2026-03-07T04:59:59Z", // 6 March 23:59:59 EST: before the range
            "2026-03-07T05:00:00Z", // 7 March 00:00 EST
            "2026-03-08T04:59:59Z", // 7 March 23:59:59 EST
            "2026-03-08T05:00:00Z", // 8 March 00:00 EST
            "2026-03-09T03:59:59Z", // 8 March 23:59:59 EDT
            "2026-03-09T04:00:00Z", // 9 March 00:00 EDT
            "2026-03-10T03:59:59Z", // 9 March 23:59:59 EDT
            "2026-03-10T04:00:00Z"); // 10 March: after the range

        var report = await ReportAsync(host, "America/New_York", new LocalDate(2026, 3, 7), new LocalDate(2026, 3, 9));

        Assert.Equal([(new LocalDate(2026, 3, 7), 2L), (new LocalDate(2026, 3, 8), 2L), (new LocalDate(2026, 3, 9), 2L)],
            report.Days.Select(d => (d.Date, d.Counts.Started)));
        Assert.Equal(6, report.Totals.Started);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_half_hour_zone_puts_the_same_instant_on_the_next_day(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await AddStartsAsync(host, "2026-06-01T18:29:00Z", "2026-06-01T18:30:00Z");

        var kolkata = await ReportAsync(host, "Asia/Kolkata", new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 2));
        var utc = await ReportAsync(host, "Etc/UTC", new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 2));

        Assert.Equal([1L, 1L], kolkata.Days.Select(d => d.Counts.Started));
        Assert.Equal([2L, 0L], utc.Days.Select(d => d.Counts.Started));
    }

    [Fact]
    public async Task The_default_range_is_the_last_30_days_of_the_site_zone_from_the_channel_settings()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChannelSettingsStore>();
            var current = await store.GetAsync(CancellationToken.None);
            Assert.True((await store.SaveAsync(current.Settings with { TimeZone = "Pacific/Kiritimati" }, current.Version, CancellationToken.None)).Succeeded);
        });

        var query = await host.InScopeAsync(async s => (await s.GetRequiredService<AnalyticsRequestReader>().ReadAsync(null, null, null, CancellationToken.None)).Query!);

        var today = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"]).Date;
        Assert.Equal("Pacific/Kiritimati", query.Zone.Id);
        Assert.Equal((today.PlusDays(-29), today), (query.From, query.To));
        Assert.Equal(today.PlusDays(-29).AtStartOfDayInZone(query.Zone).ToInstant(), query.Start);
    }

    private static Task AddStartsAsync(ChatflowsFactory host, params string[] instants) => host.InScopeAsync(s =>
        RecordAsync(s.GetRequiredService<ChatflowsDbContext>(),
            [.. instants.Select(i => Event("started", null, NodaTime.Text.InstantPattern.General.Parse(i).Value.ToDateTimeUtc()))]));

    private static Task<AnalyticsReport> ReportAsync(ChatflowsFactory host, string zone, LocalDate from, LocalDate to) =>
        host.InScopeAsync(s => s.GetRequiredService<AnalyticsReports>()
            .GetAsync(new AnalyticsQuery(null, from, to, DateTimeZoneProviders.Tzdb[zone]), CancellationToken.None));
}
