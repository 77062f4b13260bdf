namespace Chatflows.Host.Theming;

public static class ThemeServiceCollectionExtensions
{
    /// <summary>The theme named by <c>Theme:Name</c>, from the <c>themes</c> folder copied next to the binaries.</summary>
    public static IServiceCollection AddLiquidTheme(this IServiceCollection services) =>
        services.AddSingleton(provider =>
        {
            var name = provider.GetRequiredService<IConfiguration>()["Theme:Name"] ?? "TheDemoTheme";
            return new LiquidTheme(Path.Combine(AppContext.BaseDirectory, "themes", name));
        });
}
