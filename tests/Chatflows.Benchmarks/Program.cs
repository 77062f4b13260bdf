using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/Chatflows.Benchmarks -- --filter '*'
// Results and the machine they ran on go into docs/benchmarks.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
