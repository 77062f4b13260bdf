using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Chatflows.Mail;

/// <summary>
/// Where mail templates and texts come from: the site's folder (<see cref="MailOptions.TemplateFolder"/>,
/// the theme's <c>mail/</c> in the demo) first, file by file, then the defaults inside the module.
/// </summary>
public sealed class MailTemplateFiles(IOptionsMonitor<MailOptions> options, IHostEnvironment environment)
{
    private static readonly ManifestEmbeddedFileProvider Defaults = new ManifestEmbeddedFileProvider(Assembly.GetExecutingAssembly(), "Mail/Templates");

    /// <summary>The site's version of <paramref name="name"/> if it has one, else the module's; null when neither exists.</summary>
    public string? Read(string name)
    {
        if (Site() is { } folder)
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        return Module(name);
    }

    /// <summary>The module's own version, ignoring the site's.</summary>
    public static string? Module(string name)
    {
        var file = Defaults.GetFileInfo(name);
        if (!file.Exists)
        {
            return null;
        }

        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }

    private string? Site()
    {
        var folder = options.CurrentValue.TemplateFolder;
        return folder.Length == 0 ? null : Path.GetFullPath(Path.Combine(environment.ContentRootPath, folder));
    }
}
