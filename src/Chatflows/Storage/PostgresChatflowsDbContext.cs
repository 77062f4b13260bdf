using Microsoft.EntityFrameworkCore;

namespace Chatflows.Storage;

/// <summary>The model on PostgreSQL; owns the migrations in <c>Storage/Migrations/Postgres</c>.</summary>
public sealed class PostgresChatflowsDbContext(DbContextOptions<PostgresChatflowsDbContext> options)
    : ChatflowsDbContext(options);
