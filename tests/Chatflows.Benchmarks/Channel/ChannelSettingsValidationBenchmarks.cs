using BenchmarkDotNet.Attributes;
using Chatflows.Core.Channel;

namespace Chatflows.Benchmarks.Channel;

/// <summary>Validation runs on every save of the channel form and every recipe; it must stay allocation-light.</summary>
[MemoryDiagnoser]
public class ChannelSettingsValidationBenchmarks
{
    private readonly ChannelSettings _settings = new() { HeadingName = "Ledgerly", AvatarUrl = "/theme/logo.svg" };

    [Benchmark]
    public int Validate() => _settings.Validate().Count;
}
