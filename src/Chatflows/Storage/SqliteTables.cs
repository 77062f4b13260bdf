using System.Text.RegularExpressions;
using Chatflows.Storage.Migrations.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Chatflows.Storage;

/// <summary>
/// SQLite has no schemas, so the module's tables carry a prefix instead: with it the module can live in the
/// site's own database file beside the site's <c>AspNetUsers</c> (issue 15), as PostgreSQL's
/// <see cref="DatabaseOptions.Schema"/> allows. The model and every checked-in migration are written with
/// <see cref="Prefix"/>; a site's own <see cref="DatabaseOptions.TablePrefix"/> is applied where names become SQL
/// (<see cref="PrefixedSqliteSqlGenerationHelper"/>), so the migrations and the model snapshot stay one set.
/// </summary>
public static partial class SqliteTables
{
    /// <summary>The prefix of the model, of the migrations and of the default <see cref="DatabaseOptions.TablePrefix"/>.</summary>
    public const string Prefix = "chatflows_";

    /// <summary>
    /// The names the first migrations gave before tables had a prefix, and the name each has now (the renames of
    /// <see cref="SqlitePrefixAndVerifiedEmail"/>, plus its hand-written search table and triggers). A database made
    /// from scratch gets the new names from its very first migration, so no name of the module ever clashes with a
    /// site table that is already in the file (<c>AspNetRoles</c>, <c>RoleNameIndex</c>, …).
    /// </summary>
    internal static IReadOnlyDictionary<string, string> LegacyNames { get; } = ReadLegacyNames();

    /// <summary>True for letters, digits and underscores, starting with a letter, at most 30 characters.</summary>
    public static bool IsValidPrefix(string? prefix) => prefix is not null && ValidPrefix().IsMatch(prefix);

    /// <summary>The name in the database file for a name of the model or of a migration.</summary>
    /// <param name="name">A table, index or trigger name as the model and the migrations write it.</param>
    /// <param name="prefix">The site's <see cref="DatabaseOptions.TablePrefix"/>.</param>
    /// <param name="newDatabase">The file holds nothing of the module yet: legacy names take their new name.</param>
    public static string Physical(string name, string prefix, bool newDatabase = false)
    {
        if (newDatabase && LegacyNames.TryGetValue(name, out var renamed))
        {
            name = renamed;
        }

        return prefix == Prefix ? name : name.Replace(Prefix, prefix, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ReadLegacyNames()
    {
        var renames = new SqlitePrefixAndVerifiedEmail().UpOperations;
        var names = renames.OfType<RenameTableOperation>().ToDictionary(o => o.Name, o => o.NewName!, StringComparer.Ordinal);
        foreach (var index in renames.OfType<RenameIndexOperation>())
        {
            names[index.Name] = index.NewName;
        }

        names["MessageSearch"] = Prefix + "MessageSearch";
        foreach (var trigger in (string[])["Insert", "Delete", "Update"])
        {
            names[$"Messages_Search_{trigger}"] = $"{Prefix}Messages_Search_{trigger}";
        }

        return names;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,29}$")]
    private static partial Regex ValidPrefix();
}
