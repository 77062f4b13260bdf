namespace Chatflows.Contacts;

/// <summary>A page of the contacts list; <see cref="HasMore"/> says whether a next page exists.</summary>
public sealed record ContactListPage(IReadOnlyList<ContactListRow> Rows, int PageNumber, bool HasMore);
