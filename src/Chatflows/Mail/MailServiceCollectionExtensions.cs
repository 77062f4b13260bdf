using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Chatflows.Mail;

internal static class MailServiceCollectionExtensions
{
    /// <summary>E-mail (M1): the outbox, its worker, the transport chosen by <c>Chatflows:Mail:Transport</c>, templates and the kinds' content.</summary>
    public static IServiceCollection AddChatflowsMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<MailSignal>();
        services.AddSingleton<MailWakeUp>();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<MailLinks>();
        services.AddSingleton<MailTemplateFiles>();
        services.AddSingleton<MailTexts>();
        services.AddSingleton<MailTemplates>();
        services.AddSingleton<ConversationResumeLinks>();
        services.AddSingleton<MailUnsubscribeLinks>();
        services.AddSingleton<MeetingMails>();
        services.AddSingleton<TicketMails>();
        services.AddScoped<ReplyMails>();
        services.AddScoped<HandoffMails>();
        services.AddScoped<MailSettingsStore>();
        services.AddScoped<MailGate>();
        services.AddScoped<MailClaims>();
        services.AddScoped<MailComposer>();
        services.AddScoped<MailQueries>();
        services.AddScoped<MailActions>();
        services.AddScoped<IMailContent, TestMailContent>();
        services.AddScoped<IMailContent, MeetingMailContent>();
        services.AddScoped<IMailContent, TicketMailContent>();
        services.AddScoped<IMailContent, ReplyMailContent>();
        services.AddScoped<IMailContent, HandoffMailContent>();
        services.AddScoped<IMailContent, TranscriptMailContent>();
        services.AddSingleton<PickupFolderMailTransport>();
        services.AddSingleton<SmtpMailTransport>();

        // A site may register its own transport (a mail API) before or after AddChatflows; the configured one is the default.
        services.TryAddSingleton<IMailTransport>(provider => provider.GetRequiredService<IOptions<MailOptions>>().Value.Transport == MailTransportKind.Smtp
            ? provider.GetRequiredService<SmtpMailTransport>()
            : provider.GetRequiredService<PickupFolderMailTransport>());
        services.AddSingleton<MailOutboxWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<MailOutboxWorker>());
        return services;
    }
}
