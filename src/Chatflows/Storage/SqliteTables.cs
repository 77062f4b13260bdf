namespace Chatflows.Storage;

/// <summary>
/// SQLite has no schemas, so the module's tables carry a prefix instead: with it the module can live in the
/// site's own database file beside the site's <c>AspNetUsers</c> (issue 15), as PostgreSQL's
/// <see cref="DatabaseOptions.Schema"/> allows. Fixed rather than configurable: every migration and every
/// piece of raw SQL is written for one set of names.
/// </summary>
public static class SqliteTables
{
    public const string Prefix = "chatflows_";
}
