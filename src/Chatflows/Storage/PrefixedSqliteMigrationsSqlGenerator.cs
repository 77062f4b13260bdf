using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Chatflows.Storage;

/// <summary>
/// EF Core's SQLite migrations with the site's table prefix (<see cref="PrefixedSqliteSqlGenerationHelper"/>) also
/// in the migrations' hand-written SQL, and without the renames that have nothing left to do: in a new database the
/// first migrations already make the prefixed names the later ones rename to.
/// </summary>
internal sealed partial class PrefixedSqliteMigrationsSqlGenerator(MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    private PrefixedSqliteSqlGenerationHelper Names => (PrefixedSqliteSqlGenerationHelper)Dependencies.SqlGenerationHelper;

    protected override void Generate(RenameTableOperation operation, IModel? model, MigrationCommandListBuilder builder)
    {
        if (operation.NewName is null || Names.Physical(operation.Name) != Names.Physical(operation.NewName))
        {
            base.Generate(operation, model, builder);
        }
    }

    protected override void Generate(RenameIndexOperation operation, IModel? model, MigrationCommandListBuilder builder)
    {
        if (Names.Physical(operation.Name) != Names.Physical(operation.NewName))
        {
            base.Generate(operation, model, builder);
        }
    }

    // Names in the migrations' own SQL are always quoted: "chatflows_Messages", and FTS5's content='Messages'.
    protected override void Generate(SqlOperation operation, IModel? model, MigrationCommandListBuilder builder)
    {
        var sql = Quoted().Replace(operation.Sql, m => $"{m.Groups[1].Value}{Names.Physical(m.Groups[2].Value)}{m.Groups[1].Value}");
        base.Generate(new SqlOperation { Sql = sql, SuppressTransaction = operation.SuppressTransaction }, model, builder);
    }

    [GeneratedRegex("([\"'])([A-Za-z_][A-Za-z0-9_]*)\\1")]
    private static partial Regex Quoted();
}
