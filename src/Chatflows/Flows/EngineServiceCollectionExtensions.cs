using Chatflows.Actions;
using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows.Templates;
using Chatflows.Core.Ports;
using Chatflows.Inbox;
using Chatflows.Meetings;
using Chatflows.Visitors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chatflows.Flows;

internal static class EngineServiceCollectionExtensions
{
    /// <summary>The built-in bot actions, the ports they read through, and the services that store turns.</summary>
    public static IServiceCollection AddChatflowsEngine(this IServiceCollection services)
    {
        services.AddBotAction<SendMessageAction>();
        services.AddBotAction<AskQuestionAction>();
        services.AddBotAction<SetContactPropertyAction>();
        services.AddBotAction<SetCompanyPropertyAction>();
        services.AddBotAction<BookMeetingAction>();
        services.AddBotAction<CreateTicketAction>();
        services.AddBotAction<SendToTeamMemberAction>();
        services.AddBotAction<SendToTeamAction>();
        services.AddBotAction<EndConversationAction>();
        services.AddBotAction<WebhookAction>();

        services.AddOptions<WebhookOptions>().BindConfiguration("Chatflows:Webhooks")
            .Validate(o => o.TimeoutSeconds is > 0 and <= 60, "Chatflows:Webhooks:TimeoutSeconds is between 1 and 60.")
            .Validate(o => o.MaxResponseBytes is > 0 and <= 1024 * 1024, "Chatflows:Webhooks:MaxResponseBytes is between 1 and 1048576.")
            .ValidateOnStart();
        services.AddSingleton<WebhookConnector>();
        services.AddHttpClient(WebhookAction.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => provider.GetRequiredService<WebhookConnector>().CreateHandler());

        services.TryAddSingleton<ITeamRoster, TeamRoster>();
        services.AddSingleton<MeetingScheduler>();
        services.TryAddSingleton<IMeetingScheduler>(provider => provider.GetRequiredService<MeetingScheduler>());
        services.AddSingleton<Core.Translations.FlowTexts>();
        services.AddSingleton<PublishedFlows>();
        services.AddSingleton<ChatflowChanges>();
        services.AddHostedService<ChatflowChangesRelay>();
        services.AddSingleton(provider => new FlowTemplates(provider.GetRequiredService<Core.Text.TextCatalog>()));
        services.AddScoped<ChatflowStore>();
        services.AddScoped<ChatflowSelector>();
        services.AddScoped<ConversationAssigner>();
        services.AddScoped<Channel.ChannelAvailability>();
        services.AddScoped<TurnWriter>();
        services.AddScoped<ConversationService>();
        services.AddOptions<TurnOptions>().BindConfiguration("Chatflows:Turns")
            .Validate(o => o.BudgetSeconds is > 0 and <= 300, "Chatflows:Turns:BudgetSeconds is between 1 and 300.")
            .Validate(o => o.PostgresWriters is > 0 and <= 8, "Chatflows:Turns:PostgresWriters is between 1 and 8.")
            .ValidateOnStart();
        // STYLE 31: the texts of every language, shipped and the site's own (docs/extending.md).
        services.AddOptions<Core.Text.TextsOptions>().BindConfiguration("Chatflows:Texts")
            .Validate(o => string.IsNullOrEmpty(o.Folder) || Directory.Exists(o.Folder), "Chatflows:Texts:Folder names a folder that does not exist.")
            .ValidateOnStart();
        services.AddSingleton(provider => new Core.Text.TextCatalog(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Core.Text.TextsOptions>>()));
        services.AddSingleton<ConversationGates>();
        services.AddSingleton<ConversationSnapshots>();
        services.AddSingleton<TurnInputs>();
        services.AddSingleton<Analytics.AnalyticsPathCache>();
        services.AddScoped<VisitorTurns>();
        services.AddScoped<TurnBatchWriter>();
        // The writer's SQL per database (STYLE: the turn code does not know the provider).
        services.AddSingleton<ITurnStore>(provider =>
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ChatflowsOptions>>().Value.Database.Provider == Storage.DatabaseProvider.Postgres
                ? new PostgresTurnStore() : new SqliteTurnStore());
        services.AddSingleton<TurnBatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<TurnBatcher>());
        return services;
    }
}
