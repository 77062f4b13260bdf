using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Mail;
using Chatflows.Tests.Tickets;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Contacts;

/// <summary>The list of contact properties an administrator manages (G1), and the builder's picker that offers it.</summary>
public sealed class ContactPropertiesPageTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task A_property_the_administrator_adds_is_offered_by_the_builders_picker()
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);
        var form = await FormAsync(admin);
        form["Properties[5].Name"] = "plan";
        form["Properties[5].Label"] = "Plan <b>tier</b>";
        form["Properties[5].Type"] = "Choice";
        form["Properties[5].Options"] = "Free\nPro";
        await PublishFirstAsync(_host, MailScenarios.EmailTicketFlow());
        await TicketScenarios.CreateUserAsync(_host, "eddie@chatflows.test", "Eddie", "Editor");
        var editor = await TicketScenarios.SignInAsync(_host, "eddie@chatflows.test");

        var saved = await admin.PostFormAsync("/admin/contacts/properties", form, formPage: "/admin/contacts/properties");
        var list = await admin.Http.GetStringAsync("/admin/contacts/properties");
        var builder = await editor.Http.GetStringAsync("/admin/chatflows/email-ticket/build?open=email");
        var targeting = await editor.Http.GetStringAsync("/admin/chatflows/email-ticket/target");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"plan\"", list, StringComparison.Ordinal);
        Assert.Matches("Free(\n|&#xA;)Pro", list);
        // The label's markup arrives as text: parsed, it is the option's text, not an element.
        var builderPage = HtmlPage.Parse(builder);
        Assert.Contains(("plan", "Plan <b>tier</b> (plan)", false), builderPage.Options());
        Assert.Contains(("email", "E-mail (email)", true), builderPage.Options());
        builderPage.One("datalist#cf-contact-properties");
        Assert.Contains(("plan", "Plan <b>tier</b>", false), HtmlPage.Parse(targeting).Options());
    }

    [Fact]
    public async Task A_bad_name_a_name_twice_or_a_choice_without_options_is_refused_and_nothing_is_saved()
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);
        var form = await FormAsync(admin);
        form["Properties[5].Name"] = "Plan Tier";
        form["Properties[5].Label"] = "Plan";
        form["Properties[6].Name"] = "firstname";
        form["Properties[6].Label"] = "Given name";
        form["Properties[7].Name"] = "size";
        form["Properties[7].Label"] = "Size";
        form["Properties[7].Type"] = "Choice";

        var refused = await admin.PostFormAsync("/admin/contacts/properties", form, formPage: "/admin/contacts/properties");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Use lower-case letters", page, StringComparison.Ordinal);
        Assert.Contains("&#x27;firstname&#x27; is in the list twice.", page, StringComparison.Ordinal);
        Assert.Contains("A choice needs 1 to", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"size\"", await admin.Http.GetStringAsync("/admin/contacts/properties"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_manage_the_contact_properties()
    {
        await TicketScenarios.CreateUserAsync(_host, "eddie@chatflows.test", "Eddie", "Editor");
        var editor = await TicketScenarios.SignInAsync(_host, "eddie@chatflows.test");

        var asEditor = await editor.Http.GetAsync("/admin/contacts/properties");

        Assert.StartsWith("/admin/account/access-denied", asEditor.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    // The form as the page fills it: the module's five properties, then blank rows.
    private static async Task<Dictionary<string, string>> FormAsync(AdminClient admin)
    {
        var page = await admin.Http.GetStringAsync("/admin/contacts/properties");
        Dictionary<string, string> form = [];
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(page, "name=\"(Properties\\[\\d+\\]\\.(?:Name|Label))\" value=\"([^\"]*)\""))
        {
            form[m.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
        }

        form["Version"] = System.Text.RegularExpressions.Regex.Match(page, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal("email", form["Properties[0].Name"]);
        Assert.Equal("phone", form["Properties[4].Name"]);
        form["Properties[0].Type"] = "Email"; // the rows' other types are Text, the form's default

        form["Properties[4].Type"] = "Phone";
        return form;
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
