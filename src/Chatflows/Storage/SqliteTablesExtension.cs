using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Storage;

/// <summary>
/// Carries the site's SQLite table prefix, and whether a migration starts from an empty file, to the services EF
/// Core builds per set of options (<see cref="PrefixedSqliteSqlGenerationHelper"/>): each combination gets its own
/// internal service provider, so two prefixes in one process never share SQL.
/// </summary>
internal sealed class SqliteTablesExtension(string prefix, bool newDatabase) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public string Prefix { get; } = prefix;

    public bool NewDatabase { get; } = newDatabase;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
        services.AddSingleton<SqliteTableNames>();
        services.AddSingleton<ISingletonOptions>(provider => provider.GetRequiredService<SqliteTableNames>());
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(SqliteTablesExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private new SqliteTablesExtension Extension => (SqliteTablesExtension)base.Extension;

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"TablePrefix={Extension.Prefix} ";

        public override int GetServiceProviderHashCode() => HashCode.Combine(Extension.Prefix, Extension.NewDatabase);

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && info.Extension.Prefix == Extension.Prefix && info.Extension.NewDatabase == Extension.NewDatabase;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
            debugInfo["Chatflows:TablePrefix"] = Extension.Prefix;
            debugInfo["Chatflows:NewDatabase"] = Extension.NewDatabase.ToString();
        }
    }
}
