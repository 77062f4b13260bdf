namespace Chatflows.Builder;

/// <summary>
/// A list setting edited as rows (B2 quick replies): row <c>k</c>'s columns are the form keys
/// <c>quickReplies[k].label</c>, <c>quickReplies[k].value</c>. Adding, removing and moving a row renumbers
/// the keys, so a form posted without JavaScript comes back with the rows in their new order.
/// </summary>
public static class SettingsRows
{
    /// <summary>Rows beyond this are ignored: a posted form cannot make the builder loop over a million keys.</summary>
    public const int MaxRows = 100;

    /// <summary>Each row's column values in column order, as typed; rows are read while row <c>k</c> has any column.</summary>
    public static List<string[]> Read(ActionInput action, SettingsField field)
    {
        var columns = field.Columns ?? [];
        List<string[]> rows = [];
        for (var k = 0; k < MaxRows && columns.Any(c => action.Settings.ContainsKey(field.RowKey(k, c))); k++)
        {
            rows.Add([.. columns.Select(c => action.Settings.GetValueOrDefault(field.RowKey(k, c)) ?? "")]);
        }

        return rows;
    }

    public static void Write(ActionInput action, SettingsField field, IReadOnlyList<string[]> rows)
    {
        foreach (var key in action.Settings.Keys.Where(k => k.StartsWith(field.Name + "[", StringComparison.Ordinal)).ToList())
        {
            action.Settings.Remove(key);
        }

        var columns = field.Columns ?? [];
        for (var k = 0; k < rows.Count && k < MaxRows; k++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                action.Settings[field.RowKey(k, columns[c])] = c < rows[k].Length ? rows[k][c] : "";
            }
        }
    }

    /// <summary>Applies a row button: <c>add</c> appends an empty row; <c>remove</c>, <c>up</c> and <c>down</c> act on row <paramref name="row"/>.</summary>
    /// <returns>False for a row that does not exist or an unknown verb, so the page can answer 400.</returns>
    public static bool Apply(ActionInput action, SettingsField field, string verb, int row)
    {
        var rows = Read(action, field);
        var exists = row >= 0 && row < rows.Count;
        switch (verb)
        {
            case "add" when rows.Count < MaxRows:
                rows.Add([.. (field.Columns ?? []).Select(_ => "")]);
                break;
            case "add":
                return true; // full: nothing more to add
            case "remove" when exists:
                rows.RemoveAt(row);
                break;
            case "up" when exists && row > 0:
            case "down" when exists && row < rows.Count - 1:
                var other = verb == "up" ? row - 1 : row + 1;
                (rows[row], rows[other]) = (rows[other], rows[row]);
                break;
            case "up" or "down" when exists:
                return true; // already first or last
            default:
                return false;
        }

        Write(action, field, rows);
        return true;
    }
}
