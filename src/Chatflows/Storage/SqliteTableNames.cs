using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Chatflows.Storage;

/// <summary>
/// The table prefix of one set of context options, for EF Core's singleton services: EF Core fills it in from the
/// options (<see cref="SqliteTablesExtension"/>) when it builds their internal service provider.
/// </summary>
internal sealed class SqliteTableNames : ISingletonOptions
{
    public string Prefix { get; private set; } = SqliteTables.Prefix;

    public bool NewDatabase { get; private set; }

    public string Physical(string name) => SqliteTables.Physical(name, Prefix, NewDatabase);

    public void Initialize(IDbContextOptions options)
    {
        if (options.FindExtension<SqliteTablesExtension>() is { } tables)
        {
            Prefix = tables.Prefix;
            NewDatabase = tables.NewDatabase;
        }
    }

    public void Validate(IDbContextOptions options)
    {
    }
}
