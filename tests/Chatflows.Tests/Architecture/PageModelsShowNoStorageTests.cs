using System.Reflection;
using Chatflows.Storage;
using Chatflows.Tickets;

namespace Chatflows.Tests.Architecture;

/// <summary>
/// The compiled side of STYLE 26: no page, page model or view component under <c>Areas/</c> takes the DbContext
/// or an EF Core type, and nothing a page shows — its properties, and the read models inside them — is a
/// storage record. The source scan in Chatflows.Core.Tests catches a name; this catches a record that arrives
/// through a query service without being named.
/// </summary>
public sealed class PageModelsShowNoStorageTests
{
    [Fact]
    public void Pages_neither_take_storage_nor_show_storage_records()
    {
        var pages = typeof(ChatflowsModule).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Chatflows.Areas", StringComparison.Ordinal) == true
                || (t.Namespace == "AspNetCoreGeneratedDocument" && t.Name.StartsWith("Areas_", StringComparison.Ordinal)))
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .ToList();

        var offenders = pages
            .SelectMany(t => Takes(t).Concat(Shows(t)).Select(path => $"{t.FullName}: {path}"))
            .Distinct()
            .ToList();

        Assert.Contains(pages, t => t.FullName == "Chatflows.Areas.Admin.Pages.Tickets.IndexModel");
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_check_sees_a_record_inside_a_read_model()
    {
        Assert.NotEmpty(Shows(typeof(PageShowingARecord)));
        Assert.NotEmpty(Takes(typeof(PageTakingTheDatabase)));
        Assert.Empty(Shows(typeof(PageShowingAReadModel)));
    }

    // Constructor parameters and fields (a primary constructor's captured parameters are fields): services, never the database.
    private static IEnumerable<string> Takes(Type page) =>
        page.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).SelectMany(c => c.GetParameters())
            .Select(p => (Name: p.Name ?? "", p.ParameterType))
            .Concat(page.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(f => (f.Name, ParameterType: f.FieldType)))
            .Where(p => Mentions(p.ParameterType).Any(IsStorage))
            .Select(p => $"takes {p.ParameterType.Name} {p.Name}");

    // Public properties, then the public properties of our own types inside them, a few levels deep.
    private static List<string> Shows(Type page)
    {
        List<string> found = [];
        HashSet<Type> seen = [];
        Walk(page, page.Name, 0);
        return found;

        void Walk(Type type, string path, int depth)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                foreach (var mentioned in Mentions(property.PropertyType))
                {
                    var at = $"{path}.{property.Name}";
                    if (IsStorage(mentioned))
                    {
                        found.Add($"shows {mentioned.Name} at {at}");
                    }
                    else if (depth < 4 && IsOurs(mentioned) && seen.Add(mentioned))
                    {
                        Walk(mentioned, at, depth + 1);
                    }
                }
            }
        }
    }

    private static IEnumerable<Type> Mentions(Type type)
    {
        yield return type;
        var inner = type.IsArray ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes;
        foreach (var mentioned in inner.SelectMany(Mentions))
        {
            yield return mentioned;
        }
    }

    private static bool IsStorage(Type type) =>
        type.Namespace is { } ns && (ns == "Chatflows.Storage" || ns.StartsWith("Chatflows.Storage.", StringComparison.Ordinal)
            || ns.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));

    private static bool IsOurs(Type type) =>
        type.Namespace?.StartsWith("Chatflows", StringComparison.Ordinal) == true && !type.IsEnum && !type.IsPrimitive;

    private sealed record ReadModelWithRecord(TicketRecord Ticket);

    private sealed class PageShowingARecord
    {
        public IReadOnlyList<ReadModelWithRecord> Rows { get; } = [];
    }

    private sealed class PageTakingTheDatabase(ChatflowsDbContext db)
    {
        public override string ToString() => db.ToString()!;
    }

    private sealed class PageShowingAReadModel
    {
        public IReadOnlyList<TicketRow> Rows { get; } = [];

        public TicketDetails? Ticket { get; }
    }
}
