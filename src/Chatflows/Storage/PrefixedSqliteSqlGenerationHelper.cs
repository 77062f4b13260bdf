using System.Text;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chatflows.Storage;

/// <summary>
/// SQLite's identifier quoting (as EF Core's own SQLite helper: no schemas) that writes the module's names with the
/// site's table prefix. Every statement EF Core makes (queries, saves, migrations, the migrations history) quotes
/// table and index names here, so the model and the checked-in migrations keep <see cref="SqliteTables.Prefix"/>
/// and the database file gets the site's. Raw SQL of the module goes through <see cref="ChatflowsDbContext.TableOf{TEntity}"/>.
/// </summary>
internal sealed class PrefixedSqliteSqlGenerationHelper(RelationalSqlGenerationHelperDependencies dependencies, SqliteTableNames names)
    : RelationalSqlGenerationHelper(dependencies)
{
    public override string StartTransactionStatement => "BEGIN TRANSACTION" + StatementTerminator;

    public string Physical(string name) => names.Physical(name);

    public override string DelimitIdentifier(string identifier) => base.DelimitIdentifier(Physical(identifier));

    public override void DelimitIdentifier(StringBuilder builder, string identifier) => base.DelimitIdentifier(builder, Physical(identifier));

    public override string DelimitIdentifier(string name, string? schema) => DelimitIdentifier(name);

    public override void DelimitIdentifier(StringBuilder builder, string name, string? schema) => DelimitIdentifier(builder, name);
}
