using System.Text.Json;
using Chatflows.Channel;
using Chatflows.Core.Availability;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Widget;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chatflows.Dashboard;

/// <summary>
/// The seed's set-up steps (look of the chat channel, availability, a first chatflow, publishing it,
/// embedding on another site), each judged from what the site has stored, so the list empties itself as
/// the site gets ready. Paths are relative to the admin's base path.
/// </summary>
public sealed class SetupChecklist(ChatflowsDbContext db, ChannelSettingsStore channel, IOptions<WidgetOriginsOptions> origins)
{
    public async Task<IReadOnlyList<SetupStep>> ListAsync(CancellationToken cancellationToken)
    {
        var settings = await channel.GetAsync(cancellationToken);
        var chatflows = await db.Chatflows.AsNoTracking().CountAsync(cancellationToken);
        var published = await db.Chatflows.AsNoTracking().AnyAsync(c => c.PublishedJson != null && c.Enabled, cancellationToken);
        return
        [
            new("Make the chat channel yours", "Colour, name, avatar and welcome message of the widget.", "/channel", Permissions.ManageChannel, settings.Version != Guid.Empty),
            new("Set your availability", "Office hours or agents' status, and what visitors see when nobody is there.", "/channel#availability-heading",
                Permissions.ManageChannel, !SameAsDefault(settings.Settings.Availability)),
            new("Build your first chatflow", "Start from a template or from scratch.", "/chatflows/create", Permissions.ManageChatflows, chatflows > 0),
            new("Publish a chatflow", "Visitors only meet published chatflows that are switched on.", "/chatflows", Permissions.ManageChatflows, published),
            new("Embed the chat on another site", "Allow the site's origin and paste the snippet from the chat channel page.", "/channel#embed-heading",
                Permissions.ManageChannel, origins.Value.NormalizedOrigins().Any()),
        ];
    }

    // Records holding lists compare by reference, so the comparison goes through their JSON.
    private static bool SameAsDefault(AvailabilitySettings availability) =>
        JsonSerializer.Serialize(availability) == JsonSerializer.Serialize(new AvailabilitySettings());
}
