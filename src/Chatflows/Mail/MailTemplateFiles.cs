using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Chatflows.Mail;

/// <summary>
/// Where mail templates and texts come from: the site's folder (<see cref="MailOptions.TemplateFolder"/>,
/// the theme's <c>mail/</c> in the demo) first, file by file, then the defaults inside the module.
/// </summary>
public sealed class MailTemplateFiles(IOptionsMonitor<MailOptions> options, IHostEnvironment environment)
{
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
        // Embedded under a logical name of their own (Chatflows.csproj), so a file name is the whole key.
        using var stream = typeof(MailTemplateFiles).Assembly.GetManifestResourceStream("ChatflowsMail/" + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private string? Site()
    {
        var folder = options.CurrentValue.TemplateFolder;
        return folder.Length == 0 ? null : Path.GetFullPath(Path.Combine(environment.ContentRootPath, folder));
    }
}
