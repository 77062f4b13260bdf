using System.Collections.ObjectModel;

namespace Chatflows.Core.Targeting;

/// <summary>
/// What targeting may know about a page view (T1–T4): the address, the device and the contact, and
/// nothing from the request itself, so Core stays free of ASP.NET Core and the same facts work for
/// pages of other sites that embed the widget (W9).
/// </summary>
public sealed record PageVisit
{
    /// <summary>The page's absolute URL, as the browser reports it; a relative one is refused because its path would be a guess.</summary>
    public required Uri Url
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value.IsAbsoluteUri ? value : throw new ArgumentException("The page URL must be absolute.", nameof(value));
        }
    }

    public DeviceType Device { get; init; } = DeviceType.Desktop;

    /// <summary>Whether the site identified the visitor (O10); a contact with an email counts as known as well.</summary>
    public bool IsKnownContact { get; init; }

    /// <summary>The contact's properties, e.g. <c>email</c> or <c>lifecyclestage</c>; names are matched ignoring case.</summary>
    public IReadOnlyDictionary<string, string> Contact { get; init; } = ReadOnlyDictionary<string, string>.Empty;
}
