using System.ComponentModel.DataAnnotations;

namespace Chatflows.Areas.Admin;

/// <summary>Bound from <c>Chatflows:Admin</c>.</summary>
public sealed class AdminOptions
{
    /// <summary>
    /// Where the admin lives, for example <c>/chatflows-admin</c> when the site has its own <c>/admin</c>.
    /// Default: <c>/admin</c>. A site route under the same path stops the site at start with a message.
    /// </summary>
    [Required, RegularExpression("^(/[a-z0-9][a-z0-9-]*)+$", ErrorMessage = "Chatflows:Admin:Path is a lower-case path such as /chatflows-admin.")]
    public string Path { get; set; } = "/admin";
}
