using Chatflows.Mail;

namespace Chatflows.Host.Theming;

public static class ThemeServiceCollectionExtensions
{
    /// <summary>
    /// The theme named by <c>Theme:Name</c>, from the <c>themes</c> folder copied next to the binaries. The
    /// theme's <c>mail/</c> folder overrides the module's mail templates and texts unless configuration names another.
    /// </summary>
    public static IServiceCollection AddLiquidTheme(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().PostConfigure<IConfiguration>((mail, configuration) =>
        {
            if (mail.TemplateFolder.Length == 0)
            {
                mail.TemplateFolder = Path.Combine(ThemeFolder(configuration), "mail");
            }
        });
        return services.AddSingleton(provider => new LiquidTheme(ThemeFolder(provider.GetRequiredService<IConfiguration>())));
    }

    private static string ThemeFolder(IConfiguration configuration) =>
        Path.Combine(AppContext.BaseDirectory, "themes", configuration["Theme:Name"] ?? "TheDemoTheme");
}
