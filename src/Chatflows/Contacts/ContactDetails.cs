using Chatflows.Privacy;

namespace Chatflows.Contacts;

/// <summary>
/// The contact page: the person's data as the export gives it, plus the conversation links and the message
/// counts an agent needs. Built from the same <see cref="PersonalDataDocument"/>, so the page shows what an
/// export would hand over.
/// </summary>
public sealed record ContactDetails(long Id, string DisplayName, PersonalDataDocument Data);
