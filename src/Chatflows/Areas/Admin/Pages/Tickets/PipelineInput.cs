using System.ComponentModel.DataAnnotations;

namespace Chatflows.Areas.Admin.Pages.Tickets;

/// <summary>
/// The pipeline form: a name and status rows, with blank rows for new statuses. Blank fields stay empty
/// strings (not null), so a blank row reads as "not filled in".
/// </summary>
public sealed class PipelineInput
{
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Id { get; set; } = "";

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Name { get; set; } = "";

    public List<StatusRow> Statuses { get; set; } = [];

    public sealed class StatusRow
    {
        /// <summary>Empty on a blank row: the id is made from the name.</summary>
        [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Id { get; set; } = "";

        [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Name { get; set; } = "";

        public int Position { get; set; }

        public bool Remove { get; set; }
    }
}
