using Chatflows.Core.Flows;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>The Options tab's form (O1–O9, the name, the knowledge base (C3) and the tickets' pipeline and status (C4)).</summary>
public sealed class OptionsInput
{
    public string? Name { get; set; } = "";

    public string? Language { get; set; } = "en";

    public int TypingDelayMs { get; set; }

    public int SessionTimeoutMinutes { get; set; }

    public string? ErrorMessage { get; set; } = "";

    public bool ShowOnlyWhenAvailable { get; set; }

    public bool CookieConsentEnabled { get; set; }

    public CookieConsentTiming CookieConsentWhen { get; set; }

    /// <summary>Empty means the built-in text in the chatflow's language.</summary>
    public string? CookieText { get; set; }

    public bool DataProcessingEnabled { get; set; }

    public DataProcessingType DataProcessingType { get; set; }

    /// <summary>Empty means the built-in text for the type and language.</summary>
    public string? DataProcessingText { get; set; }

    public string? PrivacyPolicyUrl { get; set; }

    public bool MarketingContacts { get; set; }

    public bool SurveyEnabled { get; set; }

    /// <summary>A survey of the library (O9); empty for this chatflow's own survey, defined by the fields below.</summary>
    public string? SurveyId { get; set; }

    public SurveyScale SurveyScale { get; set; }

    /// <summary>Empty means the built-in question in the chatflow's language.</summary>
    public string? SurveyQuestion { get; set; }

    public bool SurveyAskComment { get; set; }

    /// <summary>Empty means the built-in comment label in the chatflow's language.</summary>
    public string? SurveyCommentPrompt { get; set; }

    /// <summary>The Help tab: the bot may search a knowledge base and the widget offers its articles (C3).</summary>
    public bool KnowledgeBaseEnabled { get; set; }

    /// <summary>Empty means every knowledge base in the chatflow's language.</summary>
    public string? KnowledgeBaseId { get; set; }

    /// <summary>Null (not posted) keeps the chatflow's pipeline and status; the form always posts both.</summary>
    public string? TicketPipeline { get; set; }

    public string? TicketStatus { get; set; }

    public static OptionsInput From(Chatflow flow) => new()
    {
        Name = flow.Name,
        Language = flow.Language,
        TypingDelayMs = flow.Options.TypingDelayMs,
        SessionTimeoutMinutes = flow.Options.SessionTimeoutMinutes,
        ErrorMessage = flow.Options.ErrorMessage,
        ShowOnlyWhenAvailable = flow.Display.ShowOnlyWhenAvailable,
        CookieConsentEnabled = flow.Consent.CookieConsent.Enabled,
        CookieConsentWhen = flow.Consent.CookieConsent.When,
        CookieText = flow.Consent.CookieConsent.Text,
        DataProcessingEnabled = flow.Consent.DataProcessing.Enabled,
        DataProcessingType = flow.Consent.DataProcessing.Type,
        DataProcessingText = flow.Consent.DataProcessing.Text,
        PrivacyPolicyUrl = flow.Consent.DataProcessing.PrivacyPolicyUrl,
        MarketingContacts = flow.Options.MarketingContacts,
        SurveyEnabled = flow.Survey.Enabled,
        SurveyId = flow.Survey.SurveyId,
        SurveyScale = flow.Survey.Scale,
        SurveyQuestion = flow.Survey.Question,
        SurveyAskComment = flow.Survey.AskComment,
        SurveyCommentPrompt = flow.Survey.CommentPrompt,
        KnowledgeBaseEnabled = flow.KnowledgeBase.Enabled,
        KnowledgeBaseId = flow.KnowledgeBase.KnowledgeBaseId,
        TicketPipeline = flow.Tickets.Pipeline,
        TicketStatus = flow.Tickets.Status,
    };

    public Chatflow ApplyTo(Chatflow flow) => flow with
    {
        Name = Name?.Trim() ?? "",
        Language = Language ?? "",
        Options = flow.Options with
        {
            TypingDelayMs = TypingDelayMs,
            SessionTimeoutMinutes = SessionTimeoutMinutes,
            ErrorMessage = ErrorMessage?.Trim() ?? "",
            MarketingContacts = MarketingContacts,
        },
        Display = flow.Display with { ShowOnlyWhenAvailable = ShowOnlyWhenAvailable },
        KnowledgeBase = new KnowledgeBaseSettings(KnowledgeBaseEnabled, string.IsNullOrWhiteSpace(KnowledgeBaseId) ? null : KnowledgeBaseId.Trim()),
        Tickets = TicketPipeline is null && TicketStatus is null ? flow.Tickets : new TicketSettings(TicketPipeline?.Trim() ?? "", TicketStatus?.Trim() ?? ""),
        Survey = new SurveySettings
        {
            Enabled = SurveyEnabled, SurveyId = string.IsNullOrWhiteSpace(SurveyId) ? null : SurveyId.Trim(), Scale = SurveyScale, Question = SurveyQuestion?.Trim() ?? "",
            AskComment = SurveyAskComment, CommentPrompt = SurveyCommentPrompt?.Trim() ?? "",
        },
        Consent = new ConsentSettings
        {
            CookieConsent = new CookieConsentSettings { Enabled = CookieConsentEnabled, When = CookieConsentWhen, Text = CookieText?.Trim() ?? "" },
            DataProcessing = new DataProcessingSettings
            {
                Enabled = DataProcessingEnabled, Type = DataProcessingType, Text = DataProcessingText?.Trim() ?? "",
                PrivacyPolicyUrl = string.IsNullOrWhiteSpace(PrivacyPolicyUrl) ? null : PrivacyPolicyUrl.Trim(),
            },
        },
    };
}
