using Microsoft.Extensions.Options;

namespace Chatflows.Areas.Admin;

/// <summary>
/// Where the admin lives (<c>Chatflows:Admin:Path</c>, default <c>/admin</c>). Pages write links as
/// <c>@Admin/chatflows</c> and page models redirect to <c>this.AdminUrl("/chatflows")</c>, never a literal <c>/admin</c>.
/// </summary>
public sealed class AdminPath(IOptions<ChatflowsOptions> options)
{
    public string Value { get; } = options.Value.Admin.Path;

    public string To(string rest) => Value + rest;

    public override string ToString() => Value;
}
