using BenchmarkDotNet.Running;
using Chatflows.Benchmarks.Analytics;
using Chatflows.Benchmarks.Echo;
using Chatflows.Benchmarks.Live;

// BenchmarkDotNet: dotnet run -c Release --project tests/Chatflows.Benchmarks -- --filter '*'
// Load ceiling for wrk: dotnet run -c Release --project tests/Chatflows.Benchmarks -- echo-server http://127.0.0.1:5091
// Knowledge-base index at 10,000 articles (≤ 60 s): dotnet run -c Release --project tests/Chatflows.Benchmarks -- knowledge-base
// Results and the machine they ran on go into docs/benchmarks.md.
// Analytics queries on seeded data: dotnet run -c Release --project tests/Chatflows.Benchmarks -- analytics sqlite|postgres [conversations]
if (args is ["analytics", .. var analytics])
{
    await AnalyticsBenchmark.RunAsync(analytics);
    return;
}

if (args is ["echo-server", var url])
{
    await EchoServer.RunAsync(url);
    return;
}

// PostgreSQL's ceiling for one insert per request (load/run-postgres.sh): ... -- insert-server http://127.0.0.1:5099 "<Npgsql connection string>"
if (args is ["insert-server", var insertUrl, var postgres])
{
    await EchoServer.RunAsync(insertUrl, postgres: postgres);
    return;
}

// SQLite's ceiling for one durable insert per request (load/run-load.sh): ... -- sqlite-insert-server http://127.0.0.1:5093 /tmp/ceiling.db
if (args is ["sqlite-insert-server", var sqliteUrl, var sqlitePath])
{
    await EchoServer.RunAsync(sqliteUrl, sqlite: sqlitePath);
    return;
}

// A webhook receiver that answers after a delay (load/run-webhook.sh): ... -- slow-receiver http://127.0.0.1:5100 5
if (args is ["slow-receiver", var hookUrl, var seconds])
{
    await EchoServer.RunAsync(hookUrl, hookDelay: TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

// Live streams: dotnet run -c Release --project tests/Chatflows.Benchmarks -- live-fanout 2000
if (args is ["live-fanout", var count])
{
    await LiveFanOutBenchmark.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// Memory after many streams (≤ 30 s): dotnet run -c Release --project tests/Chatflows.Benchmarks -- live-soak 10 100
if (args is ["live-soak", var waves, var perWave])
{
    await LiveSoakBenchmark.RunAsync(int.Parse(waves, System.Globalization.CultureInfo.InvariantCulture), int.Parse(perWave, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// Mail outbox: throughput to a local SMTP server (a connection per mail vs kept) and the outbox row's share of a turn: dotnet run -c Release --project tests/Chatflows.Benchmarks -- mail 60
if (args is ["mail", var mails])
{
    await Chatflows.Benchmarks.Mail.MailBenchmark.RunAsync(int.Parse(mails, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["knowledge-base"])
{
    Chatflows.Benchmarks.KnowledgeBase.KnowledgeSearchBenchmark.Run();
    return;
}

// Widget page budget in Chromium: dotnet run -c Release --project tests/Chatflows.Benchmarks -- widget-pages <with> <without> 20
if (args is ["widget-pages", var with, var without, var loads])
{
    await Chatflows.Benchmarks.Widget.PageLoadBudget.RunAsync(new Uri(with), new Uri(without), int.Parse(loads, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
