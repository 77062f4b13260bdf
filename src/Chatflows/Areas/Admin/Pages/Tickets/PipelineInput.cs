namespace Chatflows.Areas.Admin.Pages.Tickets;

/// <summary>The pipeline form: a name and status rows, with blank rows for new statuses.</summary>
public sealed class PipelineInput
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public List<StatusRow> Statuses { get; set; } = [];

    public sealed class StatusRow
    {
        /// <summary>Empty on a blank row: the id is made from the name.</summary>
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public int Position { get; set; }

        public bool Remove { get; set; }
    }
}
