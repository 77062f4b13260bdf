using BenchmarkDotNet.Running;
using Chatflows.Benchmarks.Echo;

// BenchmarkDotNet: dotnet run -c Release --project tests/Chatflows.Benchmarks -- --filter '*'
// Load ceiling for wrk: dotnet run -c Release --project tests/Chatflows.Benchmarks -- echo-server http://127.0.0.1:5091
// Knowledge-base index at 10,000 articles (≤ 60 s): dotnet run -c Release --project tests/Chatflows.Benchmarks -- knowledge-base
// Results and the machine they ran on go into docs/benchmarks.md.
if (args is ["echo-server", var url])
{
    await EchoServer.RunAsync(url);
    return;
}

if (args is ["knowledge-base"])
{
    Chatflows.Benchmarks.KnowledgeBase.KnowledgeSearchBenchmark.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
