using System.ComponentModel.DataAnnotations;
using Chatflows.Areas.Admin;
using Chatflows.Security;
using Chatflows.Setup;
using Chatflows.Storage;

namespace Chatflows;

/// <summary>Everything a site configures about the module, bound from the <c>Chatflows</c> section.</summary>
public sealed class ChatflowsOptions
{
    public const string SectionName = "Chatflows";

    /// <summary>Where conversations, chatflows and users are stored. Default: SQLite in <c>App_Data/chatflows.db</c>.</summary>
    [Required]
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>First administrator and the recipe applied to an empty database.</summary>
    [Required]
    public SetupOptions Setup { get; set; } = new();

    /// <summary>Where the admin lives. Default: <c>/admin</c>.</summary>
    [Required]
    public AdminOptions Admin { get; set; } = new();

    /// <summary>Response headers the module sets. Default: strict headers on its own pages, none on the site's.</summary>
    [Required]
    public SecurityOptions Security { get; set; } = new();
}
