namespace Chatflows.Areas.Admin.Pages.Contacts;

/// <summary>One row of the contact's property editor.</summary>
public sealed class PropertyRow
{
    public string? Name { get; set; }

    public string? Value { get; set; }
}
