using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Tests.TestActions;
using Chatflows.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Core.Tests.Engine;

public sealed class BotActionServiceCollectionExtensionsTests
{
    [Fact]
    public void Added_action_is_in_the_catalogue()
    {
        var services = new ServiceCollection();

        services.AddBotAction<SendMessageAction>().AddBotAction<EchoAction>();

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var catalog = provider.GetRequiredService<ActionCatalog>();
        Assert.Equal(["sendMessage", "echo"], catalog.All.Select(a => a.Name));
        Assert.IsType<EchoAction>(catalog.Find("echo"));
    }

    [Fact]
    public void Adding_an_action_also_adds_the_engine()
    {
        var services = new ServiceCollection();

        services.AddBotAction<EchoAction>();

        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<FlowRunner>());
        Assert.NotNull(provider.GetRequiredService<FlowValidator>());
        Assert.Same(provider.GetRequiredService<MessageTemplates>(), provider.GetRequiredService<MessageTemplates>());
    }

    [Fact]
    public void Adding_the_same_action_twice_registers_it_once()
    {
        var services = new ServiceCollection();

        services.AddBotAction<EchoAction>().AddBotAction<EchoAction>();

        using var provider = services.BuildServiceProvider();
        Assert.Single(provider.GetRequiredService<ActionCatalog>().All);
    }

    [Fact]
    public void Two_actions_with_the_same_name_are_rejected()
    {
        var services = new ServiceCollection();

        services.AddBotAction<EchoAction>().AddBotAction<ImpostorEchoAction>();

        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(provider.GetRequiredService<ActionCatalog>);
        Assert.Contains("'echo'", error.Message, StringComparison.Ordinal);
    }
}
