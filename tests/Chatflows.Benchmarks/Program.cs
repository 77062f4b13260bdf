using BenchmarkDotNet.Running;
using Chatflows.Benchmarks.Echo;

// BenchmarkDotNet: dotnet run -c Release --project tests/Chatflows.Benchmarks -- --filter '*'
// Load ceiling for wrk: dotnet run -c Release --project tests/Chatflows.Benchmarks -- echo-server http://127.0.0.1:5091
// Results and the machine they ran on go into docs/benchmarks.md.
if (args is ["echo-server", var url])
{
    await EchoServer.RunAsync(url);
    return;
}

// Widget page budget in Chromium: dotnet run -c Release --project tests/Chatflows.Benchmarks -- widget-pages <with> <without> 20
if (args is ["widget-pages", var with, var without, var loads])
{
    await Chatflows.Benchmarks.Widget.PageLoadBudget.RunAsync(new Uri(with), new Uri(without), int.Parse(loads, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
