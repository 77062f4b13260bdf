using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Chatflows.Storage;

// Used only by `dotnet ef migrations add`; the connection strings never reach a running site.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteChatflowsDbContext>
{
    public SqliteChatflowsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteChatflowsDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresChatflowsDbContext>
{
    public PostgresChatflowsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresChatflowsDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
