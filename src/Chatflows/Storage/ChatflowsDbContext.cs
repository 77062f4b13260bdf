using Chatflows.Users;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chatflows.Storage;

/// <summary>
/// The one model of the module. Each provider has a subclass so that SQLite and PostgreSQL keep
/// migrations of their own; code depends on this base type only.
/// </summary>
public abstract class ChatflowsDbContext(DbContextOptions options)
    : IdentityDbContext<ChatflowsUser, ChatflowsRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ChannelSettingsRecord> ChannelSettings => Set<ChannelSettingsRecord>();

    public DbSet<ChannelAvatarRecord> ChannelAvatars => Set<ChannelAvatarRecord>();

    public DbSet<ChatflowAvatarRecord> ChatflowAvatars => Set<ChatflowAvatarRecord>();

    public DbSet<RecipeExecution> RecipeExecutions => Set<RecipeExecution>();

    public DbSet<ChatflowRecord> Chatflows => Set<ChatflowRecord>();

    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();

    public DbSet<MessageRecord> Messages => Set<MessageRecord>();

    public DbSet<ContactRecord> Contacts => Set<ContactRecord>();

    public DbSet<TicketRecord> Tickets => Set<TicketRecord>();

    public DbSet<FlowEventRecord> FlowEvents => Set<FlowEventRecord>();

    public DbSet<AnalyticsSummaryRecord> AnalyticsSummary => Set<AnalyticsSummaryRecord>();

    public DbSet<KnowledgeBaseRecord> KnowledgeBases => Set<KnowledgeBaseRecord>();

    public DbSet<KnowledgeCategoryRecord> KnowledgeCategories => Set<KnowledgeCategoryRecord>();

    public DbSet<KnowledgeArticleRecord> KnowledgeArticles => Set<KnowledgeArticleRecord>();

    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();

    public DbSet<TeamRecord> Teams => Set<TeamRecord>();

    public DbSet<TeamMemberRecord> TeamMembers => Set<TeamMemberRecord>();

    public DbSet<TicketPipelineRecord> TicketPipelines => Set<TicketPipelineRecord>();

    public DbSet<TicketAssignmentRecord> TicketAssignment => Set<TicketAssignmentRecord>();

    public DbSet<SurveyResponseRecord> SurveyResponses => Set<SurveyResponseRecord>();

    public DbSet<SurveyRecord> Surveys => Set<SurveyRecord>();

    public DbSet<MeetingTypeRecord> MeetingTypes => Set<MeetingTypeRecord>();

    public DbSet<MeetingAvailabilityRecord> MeetingAvailability => Set<MeetingAvailabilityRecord>();

    public DbSet<MeetingRecord> Meetings => Set<MeetingRecord>();

    public DbSet<MeetingClaimRecord> MeetingClaims => Set<MeetingClaimRecord>();
    public DbSet<ChatflowVersionRecord> ChatflowVersions => Set<ChatflowVersionRecord>();

    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();

    public DbSet<AgentReadRecord> AgentReads => Set<AgentReadRecord>();

    public DbSet<MailOutboxRecord> MailOutbox => Set<MailOutboxRecord>();

    public DbSet<MailSettingsRecord> MailSettings => Set<MailSettingsRecord>();

    public DbSet<MailUnsubscribeRecord> MailUnsubscribes => Set<MailUnsubscribeRecord>();

    /// <summary>What the demo's sample conversations created, so an administrator can remove exactly that.</summary>
    public DbSet<SampleDataRecord> SampleData => Set<SampleDataRecord>();

    /// <summary>The table an entity is stored in, for the few raw SQL statements (SQLite's names carry the site's table prefix).</summary>
    public string TableOf<TEntity>() => NameInDatabase(Model.FindEntityType(typeof(TEntity))!.GetTableName()!);

    /// <summary>A table, index or trigger name of the model (<see cref="SqliteTables.Prefix"/> on SQLite) as it is in the database.</summary>
    public string NameInDatabase(string name) =>
        this.GetService<ISqlGenerationHelper>() is PrefixedSqliteSqlGenerationHelper names ? names.Physical(name) : name;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ChatflowsDbContext).Assembly);
    }
}
