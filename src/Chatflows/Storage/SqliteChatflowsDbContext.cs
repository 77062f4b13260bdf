using Microsoft.EntityFrameworkCore;

namespace Chatflows.Storage;

/// <summary>The model on SQLite; owns the migrations in <c>Storage/Migrations/Sqlite</c>.</summary>
public sealed class SqliteChatflowsDbContext(DbContextOptions<SqliteChatflowsDbContext> options)
    : ChatflowsDbContext(options);
