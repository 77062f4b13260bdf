using Chatflows.Channel;
using Chatflows.Core.Channel;

namespace Chatflows.Recipes.Steps;

/// <summary><c>{"name": "channel", "accentColor": "#…", "headingName": "…", …}</c>: replaces the channel settings.</summary>
public sealed class ChannelStep(ChannelSettingsStore store) : IRecipeStep
{
    public string Name => "channel";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var current = (await store.GetAsync(cancellationToken)).Settings;
        var settings = context.Read<ChannelSettings>();

        // Fields a recipe leaves out keep their current value rather than falling back to defaults.
        settings = new ChannelSettings
        {
            AccentColor = context.Data.ContainsKey("accentColor") ? settings.AccentColor : current.AccentColor,
            HeadingName = context.Data.ContainsKey("headingName") ? settings.HeadingName : current.HeadingName,
            AvatarUrl = context.Data.ContainsKey("avatarUrl") ? settings.AvatarUrl : current.AvatarUrl,
            WelcomeMessage = context.Data.ContainsKey("welcomeMessage") ? settings.WelcomeMessage : current.WelcomeMessage,
            TimeZone = context.Data.ContainsKey("timeZone") ? settings.TimeZone : current.TimeZone,
        };

        var result = await store.SaveAsync(settings, expectedVersion: null, cancellationToken);
        context.ThrowIfAny(result.Errors);
    }
}
