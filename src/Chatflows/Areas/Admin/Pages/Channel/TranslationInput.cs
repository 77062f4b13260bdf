namespace Chatflows.Areas.Admin.Pages.Channel;

/// <summary>The away, offline and wait messages of one language as typed (L1); empty fields fall back to the base texts.</summary>
public sealed class TranslationInput
{
    public string? Language { get; set; }

    public string? AwayMessage { get; set; }

    public string? OfflineMessage { get; set; }

    public string? WaitMessage { get; set; }
}
