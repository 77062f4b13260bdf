using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SqlitePrefixAndVerifiedEmail : Migration
    {
        // The search table over the renamed messages, as this migration makes it (a migration's SQL never changes).
        private const string CreateSearch = """
            CREATE VIRTUAL TABLE "chatflows_MessageSearch" USING fts5("Text", content='chatflows_Messages', content_rowid='Id', tokenize='trigram');
            CREATE TRIGGER "chatflows_Messages_Search_Insert" AFTER INSERT ON "chatflows_Messages" BEGIN
                INSERT INTO "chatflows_MessageSearch"(rowid, "Text") VALUES (new."Id", new."Text");
            END;
            CREATE TRIGGER "chatflows_Messages_Search_Delete" AFTER DELETE ON "chatflows_Messages" BEGIN
                INSERT INTO "chatflows_MessageSearch"("chatflows_MessageSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
            END;
            CREATE TRIGGER "chatflows_Messages_Search_Update" AFTER UPDATE OF "Text" ON "chatflows_Messages" BEGIN
                INSERT INTO "chatflows_MessageSearch"("chatflows_MessageSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                INSERT INTO "chatflows_MessageSearch"(rowid, "Text") VALUES (new."Id", new."Text");
            END;
            INSERT INTO "chatflows_MessageSearch"("chatflows_MessageSearch") VALUES ('rebuild');
            """;

        private const string DropSearch = """
            DROP TRIGGER IF EXISTS "chatflows_Messages_Search_Update";
            DROP TRIGGER IF EXISTS "chatflows_Messages_Search_Delete";
            DROP TRIGGER IF EXISTS "chatflows_Messages_Search_Insert";
            DROP TABLE IF EXISTS "chatflows_MessageSearch";
            """;

        private const string CreateLegacySearch = """
            CREATE VIRTUAL TABLE "MessageSearch" USING fts5("Text", content='Messages', content_rowid='Id', tokenize='trigram');
            CREATE TRIGGER "Messages_Search_Insert" AFTER INSERT ON "Messages" BEGIN
                INSERT INTO "MessageSearch"(rowid, "Text") VALUES (new."Id", new."Text");
            END;
            CREATE TRIGGER "Messages_Search_Delete" AFTER DELETE ON "Messages" BEGIN
                INSERT INTO "MessageSearch"("MessageSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
            END;
            CREATE TRIGGER "Messages_Search_Update" AFTER UPDATE OF "Text" ON "Messages" BEGIN
                INSERT INTO "MessageSearch"("MessageSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                INSERT INTO "MessageSearch"(rowid, "Text") VALUES (new."Id", new."Text");
            END;
            INSERT INTO "MessageSearch"("MessageSearch") VALUES ('rebuild');
            """;

        private const string DropLegacySearch = """
            DROP TRIGGER IF EXISTS "Messages_Search_Update";
            DROP TRIGGER IF EXISTS "Messages_Search_Delete";
            DROP TRIGGER IF EXISTS "Messages_Search_Insert";
            DROP TABLE IF EXISTS "MessageSearch";
            """;

        // Contacts an identity token already vouched for: their conversation carries the token's address.
        private const string BackfillVerified = """
            UPDATE "chatflows_Contacts" SET "VerifiedEmail" = "Email"
            WHERE "Email" IS NOT NULL AND EXISTS (SELECT 1 FROM "chatflows_Conversations" AS c
                WHERE c."ContactId" = "chatflows_Contacts"."Id" AND c."VerifiedEmail" = "chatflows_Contacts"."Email");
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written from what EF Core scaffolded (issue 15): the tables are renamed in place (SQLite's
            // ALTER TABLE RENAME also rewrites the foreign keys that point at them), never dropped and recreated,
            // and primary and foreign key constraint names are left as they were, because changing them would make
            // EF Core rebuild every table outside the migration's transaction. Nothing reads those names.
            migrationBuilder.Sql(DropLegacySearch);

            migrationBuilder.RenameTable(name: "Tickets", newName: "chatflows_Tickets");
            migrationBuilder.RenameTable(name: "TicketPipelines", newName: "chatflows_TicketPipelines");
            migrationBuilder.RenameTable(name: "TicketAssignment", newName: "chatflows_TicketAssignment");
            migrationBuilder.RenameTable(name: "Teams", newName: "chatflows_Teams");
            migrationBuilder.RenameTable(name: "TeamMembers", newName: "chatflows_TeamMembers");
            migrationBuilder.RenameTable(name: "SurveyResponses", newName: "chatflows_SurveyResponses");
            migrationBuilder.RenameTable(name: "RecipeExecutions", newName: "chatflows_RecipeExecutions");
            migrationBuilder.RenameTable(name: "Messages", newName: "chatflows_Messages");
            migrationBuilder.RenameTable(name: "MeetingTypes", newName: "chatflows_MeetingTypes");
            migrationBuilder.RenameTable(name: "Meetings", newName: "chatflows_Meetings");
            migrationBuilder.RenameTable(name: "MeetingClaims", newName: "chatflows_MeetingClaims");
            migrationBuilder.RenameTable(name: "MeetingAvailability", newName: "chatflows_MeetingAvailability");
            migrationBuilder.RenameTable(name: "MailUnsubscribes", newName: "chatflows_MailUnsubscribes");
            migrationBuilder.RenameTable(name: "MailSettings", newName: "chatflows_MailSettings");
            migrationBuilder.RenameTable(name: "MailOutbox", newName: "chatflows_MailOutbox");
            migrationBuilder.RenameTable(name: "KnowledgeCategories", newName: "chatflows_KnowledgeCategories");
            migrationBuilder.RenameTable(name: "KnowledgeBases", newName: "chatflows_KnowledgeBases");
            migrationBuilder.RenameTable(name: "KnowledgeArticles", newName: "chatflows_KnowledgeArticles");
            migrationBuilder.RenameTable(name: "FlowEvents", newName: "chatflows_FlowEvents");
            migrationBuilder.RenameTable(name: "DataProtectionKeys", newName: "chatflows_DataProtectionKeys");
            migrationBuilder.RenameTable(name: "Conversations", newName: "chatflows_Conversations");
            migrationBuilder.RenameTable(name: "Contacts", newName: "chatflows_Contacts");
            migrationBuilder.RenameTable(name: "Consents", newName: "chatflows_Consents");
            migrationBuilder.RenameTable(name: "ChatflowVersions", newName: "chatflows_ChatflowVersions");
            migrationBuilder.RenameTable(name: "Chatflows", newName: "chatflows_Chatflows");
            migrationBuilder.RenameTable(name: "ChannelSettings", newName: "chatflows_ChannelSettings");
            migrationBuilder.RenameTable(name: "ChannelAvatars", newName: "chatflows_ChannelAvatars");
            migrationBuilder.RenameTable(name: "AuditEntries", newName: "chatflows_AuditEntries");
            migrationBuilder.RenameTable(name: "AspNetUserTokens", newName: "chatflows_AspNetUserTokens");
            migrationBuilder.RenameTable(name: "AspNetUsers", newName: "chatflows_AspNetUsers");
            migrationBuilder.RenameTable(name: "AspNetUserRoles", newName: "chatflows_AspNetUserRoles");
            migrationBuilder.RenameTable(name: "AspNetUserLogins", newName: "chatflows_AspNetUserLogins");
            migrationBuilder.RenameTable(name: "AspNetUserClaims", newName: "chatflows_AspNetUserClaims");
            migrationBuilder.RenameTable(name: "AspNetRoleClaims", newName: "chatflows_AspNetRoleClaims");
            migrationBuilder.RenameTable(name: "AnalyticsSummary", newName: "chatflows_AnalyticsSummary");
            migrationBuilder.RenameTable(name: "AgentReads", newName: "chatflows_AgentReads");
            migrationBuilder.RenameTable(name: "AspNetRoles", newName: "chatflows_AspNetRoles");

            // SQLite keeps index names on rename; they are global to the file, so they get the prefix too.
            migrationBuilder.RenameIndex(name: "IX_Tickets_Reference", table: "chatflows_Tickets", newName: "IX_chatflows_Tickets_Reference");
            migrationBuilder.RenameIndex(name: "IX_Tickets_Pipeline_Status", table: "chatflows_Tickets", newName: "IX_chatflows_Tickets_Pipeline_Status");
            migrationBuilder.RenameIndex(name: "IX_Tickets_ConversationId", table: "chatflows_Tickets", newName: "IX_chatflows_Tickets_ConversationId");
            migrationBuilder.RenameIndex(name: "IX_Tickets_AssigneeId", table: "chatflows_Tickets", newName: "IX_chatflows_Tickets_AssigneeId");
            migrationBuilder.RenameIndex(name: "IX_Teams_Name", table: "chatflows_Teams", newName: "IX_chatflows_Teams_Name");
            migrationBuilder.RenameIndex(name: "IX_TeamMembers_UserId", table: "chatflows_TeamMembers", newName: "IX_chatflows_TeamMembers_UserId");
            migrationBuilder.RenameIndex(name: "IX_SurveyResponses_CreatedUtc_ChatflowId", table: "chatflows_SurveyResponses", newName: "IX_chatflows_SurveyResponses_CreatedUtc_ChatflowId");
            migrationBuilder.RenameIndex(name: "IX_SurveyResponses_ConversationId", table: "chatflows_SurveyResponses", newName: "IX_chatflows_SurveyResponses_ConversationId");
            migrationBuilder.RenameIndex(name: "IX_RecipeExecutions_RecipeName", table: "chatflows_RecipeExecutions", newName: "IX_chatflows_RecipeExecutions_RecipeName");
            migrationBuilder.RenameIndex(name: "IX_Messages_ConversationId_VisitorSeq", table: "chatflows_Messages", newName: "IX_chatflows_Messages_ConversationId_VisitorSeq");
            migrationBuilder.RenameIndex(name: "IX_Messages_ConversationId_Seq", table: "chatflows_Messages", newName: "IX_chatflows_Messages_ConversationId_Seq");
            migrationBuilder.RenameIndex(name: "IX_Messages_ConversationId_ClientMessageId", table: "chatflows_Messages", newName: "IX_chatflows_Messages_ConversationId_ClientMessageId");
            migrationBuilder.RenameIndex(name: "IX_MeetingTypes_HostUserId_Slug", table: "chatflows_MeetingTypes", newName: "IX_chatflows_MeetingTypes_HostUserId_Slug");
            migrationBuilder.RenameIndex(name: "IX_Meetings_TokenHash", table: "chatflows_Meetings", newName: "IX_chatflows_Meetings_TokenHash");
            migrationBuilder.RenameIndex(name: "IX_Meetings_Reference", table: "chatflows_Meetings", newName: "IX_chatflows_Meetings_Reference");
            migrationBuilder.RenameIndex(name: "IX_Meetings_HostUserId_StartUtc", table: "chatflows_Meetings", newName: "IX_chatflows_Meetings_HostUserId_StartUtc");
            migrationBuilder.RenameIndex(name: "IX_MeetingClaims_MeetingId", table: "chatflows_MeetingClaims", newName: "IX_chatflows_MeetingClaims_MeetingId");
            migrationBuilder.RenameIndex(name: "IX_MailOutbox_ToAddress_CreatedUtc", table: "chatflows_MailOutbox", newName: "IX_chatflows_MailOutbox_ToAddress_CreatedUtc");
            migrationBuilder.RenameIndex(name: "IX_MailOutbox_Status_NextAttemptUtc", table: "chatflows_MailOutbox", newName: "IX_chatflows_MailOutbox_Status_NextAttemptUtc");
            migrationBuilder.RenameIndex(name: "IX_MailOutbox_MessageId", table: "chatflows_MailOutbox", newName: "IX_chatflows_MailOutbox_MessageId");
            migrationBuilder.RenameIndex(name: "IX_MailOutbox_ConversationId_Kind_CreatedUtc", table: "chatflows_MailOutbox", newName: "IX_chatflows_MailOutbox_ConversationId_Kind_CreatedUtc");
            migrationBuilder.RenameIndex(name: "IX_KnowledgeCategories_KnowledgeBaseId_Slug", table: "chatflows_KnowledgeCategories", newName: "IX_chatflows_KnowledgeCategories_KnowledgeBaseId_Slug");
            migrationBuilder.RenameIndex(name: "IX_KnowledgeArticles_UpdatedUtc", table: "chatflows_KnowledgeArticles", newName: "IX_chatflows_KnowledgeArticles_UpdatedUtc");
            migrationBuilder.RenameIndex(name: "IX_KnowledgeArticles_Language_Published", table: "chatflows_KnowledgeArticles", newName: "IX_chatflows_KnowledgeArticles_Language_Published");
            migrationBuilder.RenameIndex(name: "IX_KnowledgeArticles_KnowledgeBaseId_Language_Slug", table: "chatflows_KnowledgeArticles", newName: "IX_chatflows_KnowledgeArticles_KnowledgeBaseId_Language_Slug");
            migrationBuilder.RenameIndex(name: "IX_KnowledgeArticles_CategoryId", table: "chatflows_KnowledgeArticles", newName: "IX_chatflows_KnowledgeArticles_CategoryId");
            migrationBuilder.RenameIndex(name: "IX_FlowEvents_ChatflowId_OccurredUtc_Kind", table: "chatflows_FlowEvents", newName: "IX_chatflows_FlowEvents_ChatflowId_OccurredUtc_Kind");
            migrationBuilder.RenameIndex(name: "IX_FlowEvents_Analytics_Reached", table: "chatflows_FlowEvents", newName: "chatflows_IX_FlowEvents_Analytics_Reached");
            migrationBuilder.RenameIndex(name: "IX_FlowEvents_Analytics_Daily", table: "chatflows_FlowEvents", newName: "chatflows_IX_FlowEvents_Analytics_Daily");
            migrationBuilder.RenameIndex(name: "IX_FlowEvents_Analytics_Conversation", table: "chatflows_FlowEvents", newName: "chatflows_IX_FlowEvents_Analytics_Conversation");
            migrationBuilder.RenameIndex(name: "IX_Conversations_VisitorId_StartedUtc", table: "chatflows_Conversations", newName: "IX_chatflows_Conversations_VisitorId_StartedUtc");
            migrationBuilder.RenameIndex(name: "IX_Conversations_ContactId", table: "chatflows_Conversations", newName: "IX_chatflows_Conversations_ContactId");
            migrationBuilder.RenameIndex(name: "IX_Conversations_ChatflowId_StartedUtc", table: "chatflows_Conversations", newName: "IX_chatflows_Conversations_ChatflowId_StartedUtc");
            migrationBuilder.RenameIndex(name: "IX_Conversations_AssignedUserId_Status", table: "chatflows_Conversations", newName: "IX_chatflows_Conversations_AssignedUserId_Status");
            migrationBuilder.RenameIndex(name: "IX_Contacts_VisitorId", table: "chatflows_Contacts", newName: "IX_chatflows_Contacts_VisitorId");
            migrationBuilder.RenameIndex(name: "IX_Contacts_Email", table: "chatflows_Contacts", newName: "IX_chatflows_Contacts_Email");
            migrationBuilder.RenameIndex(name: "IX_Contacts_CreatedUtc", table: "chatflows_Contacts", newName: "IX_chatflows_Contacts_CreatedUtc");
            migrationBuilder.RenameIndex(name: "IX_Consents_VisitorId_RecordedUtc", table: "chatflows_Consents", newName: "IX_chatflows_Consents_VisitorId_RecordedUtc");
            migrationBuilder.RenameIndex(name: "IX_ChatflowVersions_ChatflowId_Version", table: "chatflows_ChatflowVersions", newName: "IX_chatflows_ChatflowVersions_ChatflowId_Version");
            migrationBuilder.RenameIndex(name: "IX_Chatflows_Enabled_Priority", table: "chatflows_Chatflows", newName: "IX_chatflows_Chatflows_Enabled_Priority");
            migrationBuilder.RenameIndex(name: "IX_AuditEntries_OccurredUtc", table: "chatflows_AuditEntries", newName: "IX_chatflows_AuditEntries_OccurredUtc");
            migrationBuilder.RenameIndex(name: "IX_AuditEntries_ChatflowId_OccurredUtc", table: "chatflows_AuditEntries", newName: "IX_chatflows_AuditEntries_ChatflowId_OccurredUtc");
            migrationBuilder.RenameIndex(name: "UserNameIndex", table: "chatflows_AspNetUsers", newName: "chatflows_UserNameIndex");
            migrationBuilder.RenameIndex(name: "EmailIndex", table: "chatflows_AspNetUsers", newName: "chatflows_EmailIndex");
            migrationBuilder.RenameIndex(name: "IX_AspNetUserRoles_RoleId", table: "chatflows_AspNetUserRoles", newName: "IX_chatflows_AspNetUserRoles_RoleId");
            migrationBuilder.RenameIndex(name: "IX_AspNetUserLogins_UserId", table: "chatflows_AspNetUserLogins", newName: "IX_chatflows_AspNetUserLogins_UserId");
            migrationBuilder.RenameIndex(name: "IX_AspNetUserClaims_UserId", table: "chatflows_AspNetUserClaims", newName: "IX_chatflows_AspNetUserClaims_UserId");
            migrationBuilder.RenameIndex(name: "IX_AspNetRoleClaims_RoleId", table: "chatflows_AspNetRoleClaims", newName: "IX_chatflows_AspNetRoleClaims_RoleId");
            migrationBuilder.RenameIndex(name: "IX_AnalyticsSummary_Kind_QuarterHour", table: "chatflows_AnalyticsSummary", newName: "chatflows_IX_AnalyticsSummary_Kind_QuarterHour");
            migrationBuilder.RenameIndex(name: "IX_AgentReads_UserId", table: "chatflows_AgentReads", newName: "IX_chatflows_AgentReads_UserId");
            migrationBuilder.RenameIndex(name: "RoleNameIndex", table: "chatflows_AspNetRoles", newName: "chatflows_RoleNameIndex");

            migrationBuilder.AddColumn<string>(
                name: "VerifiedEmail",
                table: "chatflows_Contacts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(name: "IX_chatflows_Contacts_VerifiedEmail", table: "chatflows_Contacts", column: "VerifiedEmail");
            migrationBuilder.Sql(BackfillVerified);
            migrationBuilder.Sql(CreateSearch);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropSearch);
            migrationBuilder.DropIndex(name: "IX_chatflows_Contacts_VerifiedEmail", table: "chatflows_Contacts");
            migrationBuilder.Sql("""ALTER TABLE "chatflows_Contacts" DROP COLUMN "VerifiedEmail";""");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Tickets_Reference", table: "chatflows_Tickets", newName: "IX_Tickets_Reference");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Tickets_Pipeline_Status", table: "chatflows_Tickets", newName: "IX_Tickets_Pipeline_Status");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Tickets_ConversationId", table: "chatflows_Tickets", newName: "IX_Tickets_ConversationId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Tickets_AssigneeId", table: "chatflows_Tickets", newName: "IX_Tickets_AssigneeId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Teams_Name", table: "chatflows_Teams", newName: "IX_Teams_Name");
            migrationBuilder.RenameIndex(name: "IX_chatflows_TeamMembers_UserId", table: "chatflows_TeamMembers", newName: "IX_TeamMembers_UserId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_SurveyResponses_CreatedUtc_ChatflowId", table: "chatflows_SurveyResponses", newName: "IX_SurveyResponses_CreatedUtc_ChatflowId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_SurveyResponses_ConversationId", table: "chatflows_SurveyResponses", newName: "IX_SurveyResponses_ConversationId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_RecipeExecutions_RecipeName", table: "chatflows_RecipeExecutions", newName: "IX_RecipeExecutions_RecipeName");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Messages_ConversationId_VisitorSeq", table: "chatflows_Messages", newName: "IX_Messages_ConversationId_VisitorSeq");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Messages_ConversationId_Seq", table: "chatflows_Messages", newName: "IX_Messages_ConversationId_Seq");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Messages_ConversationId_ClientMessageId", table: "chatflows_Messages", newName: "IX_Messages_ConversationId_ClientMessageId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_MeetingTypes_HostUserId_Slug", table: "chatflows_MeetingTypes", newName: "IX_MeetingTypes_HostUserId_Slug");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Meetings_TokenHash", table: "chatflows_Meetings", newName: "IX_Meetings_TokenHash");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Meetings_Reference", table: "chatflows_Meetings", newName: "IX_Meetings_Reference");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Meetings_HostUserId_StartUtc", table: "chatflows_Meetings", newName: "IX_Meetings_HostUserId_StartUtc");
            migrationBuilder.RenameIndex(name: "IX_chatflows_MeetingClaims_MeetingId", table: "chatflows_MeetingClaims", newName: "IX_MeetingClaims_MeetingId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_MailOutbox_ToAddress_CreatedUtc", table: "chatflows_MailOutbox", newName: "IX_MailOutbox_ToAddress_CreatedUtc");
            migrationBuilder.RenameIndex(name: "IX_chatflows_MailOutbox_Status_NextAttemptUtc", table: "chatflows_MailOutbox", newName: "IX_MailOutbox_Status_NextAttemptUtc");
            migrationBuilder.RenameIndex(name: "IX_chatflows_MailOutbox_MessageId", table: "chatflows_MailOutbox", newName: "IX_MailOutbox_MessageId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_MailOutbox_ConversationId_Kind_CreatedUtc", table: "chatflows_MailOutbox", newName: "IX_MailOutbox_ConversationId_Kind_CreatedUtc");
            migrationBuilder.RenameIndex(name: "IX_chatflows_KnowledgeCategories_KnowledgeBaseId_Slug", table: "chatflows_KnowledgeCategories", newName: "IX_KnowledgeCategories_KnowledgeBaseId_Slug");
            migrationBuilder.RenameIndex(name: "IX_chatflows_KnowledgeArticles_UpdatedUtc", table: "chatflows_KnowledgeArticles", newName: "IX_KnowledgeArticles_UpdatedUtc");
            migrationBuilder.RenameIndex(name: "IX_chatflows_KnowledgeArticles_Language_Published", table: "chatflows_KnowledgeArticles", newName: "IX_KnowledgeArticles_Language_Published");
            migrationBuilder.RenameIndex(name: "IX_chatflows_KnowledgeArticles_KnowledgeBaseId_Language_Slug", table: "chatflows_KnowledgeArticles", newName: "IX_KnowledgeArticles_KnowledgeBaseId_Language_Slug");
            migrationBuilder.RenameIndex(name: "IX_chatflows_KnowledgeArticles_CategoryId", table: "chatflows_KnowledgeArticles", newName: "IX_KnowledgeArticles_CategoryId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_FlowEvents_ChatflowId_OccurredUtc_Kind", table: "chatflows_FlowEvents", newName: "IX_FlowEvents_ChatflowId_OccurredUtc_Kind");
            migrationBuilder.RenameIndex(name: "chatflows_IX_FlowEvents_Analytics_Reached", table: "chatflows_FlowEvents", newName: "IX_FlowEvents_Analytics_Reached");
            migrationBuilder.RenameIndex(name: "chatflows_IX_FlowEvents_Analytics_Daily", table: "chatflows_FlowEvents", newName: "IX_FlowEvents_Analytics_Daily");
            migrationBuilder.RenameIndex(name: "chatflows_IX_FlowEvents_Analytics_Conversation", table: "chatflows_FlowEvents", newName: "IX_FlowEvents_Analytics_Conversation");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Conversations_VisitorId_StartedUtc", table: "chatflows_Conversations", newName: "IX_Conversations_VisitorId_StartedUtc");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Conversations_ContactId", table: "chatflows_Conversations", newName: "IX_Conversations_ContactId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Conversations_ChatflowId_StartedUtc", table: "chatflows_Conversations", newName: "IX_Conversations_ChatflowId_StartedUtc");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Conversations_AssignedUserId_Status", table: "chatflows_Conversations", newName: "IX_Conversations_AssignedUserId_Status");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Contacts_VisitorId", table: "chatflows_Contacts", newName: "IX_Contacts_VisitorId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Contacts_Email", table: "chatflows_Contacts", newName: "IX_Contacts_Email");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Contacts_CreatedUtc", table: "chatflows_Contacts", newName: "IX_Contacts_CreatedUtc");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Consents_VisitorId_RecordedUtc", table: "chatflows_Consents", newName: "IX_Consents_VisitorId_RecordedUtc");
            migrationBuilder.RenameIndex(name: "IX_chatflows_ChatflowVersions_ChatflowId_Version", table: "chatflows_ChatflowVersions", newName: "IX_ChatflowVersions_ChatflowId_Version");
            migrationBuilder.RenameIndex(name: "IX_chatflows_Chatflows_Enabled_Priority", table: "chatflows_Chatflows", newName: "IX_Chatflows_Enabled_Priority");
            migrationBuilder.RenameIndex(name: "IX_chatflows_AuditEntries_OccurredUtc", table: "chatflows_AuditEntries", newName: "IX_AuditEntries_OccurredUtc");
            migrationBuilder.RenameIndex(name: "IX_chatflows_AuditEntries_ChatflowId_OccurredUtc", table: "chatflows_AuditEntries", newName: "IX_AuditEntries_ChatflowId_OccurredUtc");
            migrationBuilder.RenameIndex(name: "chatflows_UserNameIndex", table: "chatflows_AspNetUsers", newName: "UserNameIndex");
            migrationBuilder.RenameIndex(name: "chatflows_EmailIndex", table: "chatflows_AspNetUsers", newName: "EmailIndex");
            migrationBuilder.RenameIndex(name: "IX_chatflows_AspNetUserRoles_RoleId", table: "chatflows_AspNetUserRoles", newName: "IX_AspNetUserRoles_RoleId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_AspNetUserLogins_UserId", table: "chatflows_AspNetUserLogins", newName: "IX_AspNetUserLogins_UserId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_AspNetUserClaims_UserId", table: "chatflows_AspNetUserClaims", newName: "IX_AspNetUserClaims_UserId");
            migrationBuilder.RenameIndex(name: "IX_chatflows_AspNetRoleClaims_RoleId", table: "chatflows_AspNetRoleClaims", newName: "IX_AspNetRoleClaims_RoleId");
            migrationBuilder.RenameIndex(name: "chatflows_IX_AnalyticsSummary_Kind_QuarterHour", table: "chatflows_AnalyticsSummary", newName: "IX_AnalyticsSummary_Kind_QuarterHour");
            migrationBuilder.RenameIndex(name: "IX_chatflows_AgentReads_UserId", table: "chatflows_AgentReads", newName: "IX_AgentReads_UserId");
            migrationBuilder.RenameIndex(name: "chatflows_RoleNameIndex", table: "chatflows_AspNetRoles", newName: "RoleNameIndex");
            migrationBuilder.RenameTable(name: "chatflows_Tickets", newName: "Tickets");
            migrationBuilder.RenameTable(name: "chatflows_TicketPipelines", newName: "TicketPipelines");
            migrationBuilder.RenameTable(name: "chatflows_TicketAssignment", newName: "TicketAssignment");
            migrationBuilder.RenameTable(name: "chatflows_Teams", newName: "Teams");
            migrationBuilder.RenameTable(name: "chatflows_TeamMembers", newName: "TeamMembers");
            migrationBuilder.RenameTable(name: "chatflows_SurveyResponses", newName: "SurveyResponses");
            migrationBuilder.RenameTable(name: "chatflows_RecipeExecutions", newName: "RecipeExecutions");
            migrationBuilder.RenameTable(name: "chatflows_Messages", newName: "Messages");
            migrationBuilder.RenameTable(name: "chatflows_MeetingTypes", newName: "MeetingTypes");
            migrationBuilder.RenameTable(name: "chatflows_Meetings", newName: "Meetings");
            migrationBuilder.RenameTable(name: "chatflows_MeetingClaims", newName: "MeetingClaims");
            migrationBuilder.RenameTable(name: "chatflows_MeetingAvailability", newName: "MeetingAvailability");
            migrationBuilder.RenameTable(name: "chatflows_MailUnsubscribes", newName: "MailUnsubscribes");
            migrationBuilder.RenameTable(name: "chatflows_MailSettings", newName: "MailSettings");
            migrationBuilder.RenameTable(name: "chatflows_MailOutbox", newName: "MailOutbox");
            migrationBuilder.RenameTable(name: "chatflows_KnowledgeCategories", newName: "KnowledgeCategories");
            migrationBuilder.RenameTable(name: "chatflows_KnowledgeBases", newName: "KnowledgeBases");
            migrationBuilder.RenameTable(name: "chatflows_KnowledgeArticles", newName: "KnowledgeArticles");
            migrationBuilder.RenameTable(name: "chatflows_FlowEvents", newName: "FlowEvents");
            migrationBuilder.RenameTable(name: "chatflows_DataProtectionKeys", newName: "DataProtectionKeys");
            migrationBuilder.RenameTable(name: "chatflows_Conversations", newName: "Conversations");
            migrationBuilder.RenameTable(name: "chatflows_Contacts", newName: "Contacts");
            migrationBuilder.RenameTable(name: "chatflows_Consents", newName: "Consents");
            migrationBuilder.RenameTable(name: "chatflows_ChatflowVersions", newName: "ChatflowVersions");
            migrationBuilder.RenameTable(name: "chatflows_Chatflows", newName: "Chatflows");
            migrationBuilder.RenameTable(name: "chatflows_ChannelSettings", newName: "ChannelSettings");
            migrationBuilder.RenameTable(name: "chatflows_ChannelAvatars", newName: "ChannelAvatars");
            migrationBuilder.RenameTable(name: "chatflows_AuditEntries", newName: "AuditEntries");
            migrationBuilder.RenameTable(name: "chatflows_AspNetUserTokens", newName: "AspNetUserTokens");
            migrationBuilder.RenameTable(name: "chatflows_AspNetUsers", newName: "AspNetUsers");
            migrationBuilder.RenameTable(name: "chatflows_AspNetUserRoles", newName: "AspNetUserRoles");
            migrationBuilder.RenameTable(name: "chatflows_AspNetUserLogins", newName: "AspNetUserLogins");
            migrationBuilder.RenameTable(name: "chatflows_AspNetUserClaims", newName: "AspNetUserClaims");
            migrationBuilder.RenameTable(name: "chatflows_AspNetRoleClaims", newName: "AspNetRoleClaims");
            migrationBuilder.RenameTable(name: "chatflows_AnalyticsSummary", newName: "AnalyticsSummary");
            migrationBuilder.RenameTable(name: "chatflows_AgentReads", newName: "AgentReads");
            migrationBuilder.RenameTable(name: "chatflows_AspNetRoles", newName: "AspNetRoles");
            migrationBuilder.Sql(CreateLegacySearch);
        }
    }
}
